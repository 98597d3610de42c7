import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { recognize } from '../../src/recognize/index.js';

const persons = (text: string) => {
  const r = recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text, source: 't' }));
  return r.persons.filter((p) => !p.partial).map((p) => p.name);
};

describe('findPersons', () => {
  it.each([
    ['Phó Chủ tịch UBND tỉnh Trần Châu có buổi tiếp.', ['Trần Châu']],
    ['Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi hy vọng.', ['Nguyễn Văn Lợi']],
    ['Tiếp đoàn có ông Takeshi Kishimoto - Thị trưởng thành phố Kinokawa.', ['Takeshi Kishimoto']],
    ['Thống đốc tỉnh Fukuoka Hattori Seitaro bày tỏ vui mừng.', ['Hattori Seitaro']],
    ['Thủ tướng Nhật Bản Shinzo Abe khẳng định.', ['Shinzo Abe']],
    ['Phó Chủ tịch Thường trực UBND tỉnh Phan Thái Bình cảm ơn.', ['Phan Thái Bình']],
    ['Chủ tịch Viện Akihiko Tanaka bày tỏ.', ['Akihiko Tanaka']],
    ['Chủ tịch Quốc hội Myanmar tiếp ngài Mahn Win Khaing Than.', ['Mahn Win Khaing Than']],
    // places and countries are not persons, nor are romanized words without a title or honorific
    ['Hợp tác giữa Hà Nội và Thái Bình, Nhật Bản và Hàn Quốc.', []],
    ['Nhà hát kịch quốc lập (Kokuritsu Gekijo) ở thủ đô Tokyo.', []],
    // a run of capitals that is all place, followed by another place (used to loop forever)
    ['Lãnh đạo Bình Định, Quảng Nam và Osaka dự lễ.', []],
    // "Đảng" (party) folds like the surname "Đặng"
    ['Thủ tướng tiếp lãnh đạo Đảng Cộng sản Nhật Bản.', []],
    ['Bộ trưởng Đặng Quốc Khánh phát biểu.', ['Đặng Quốc Khánh']],
    ['Chủ tịch Hội đồng tỉnh Kohara Katsuji bày tỏ vui mừng.', ['Kohara Katsuji']],
    // a headline runs into the body: country, then honorific, then the name
    ['Chiến tranh Mỹ - Trung Quốc Ông Jack Ma, người mới đây đã gặp.', ['Jack Ma']],
    // "Châu" is a surname, "Châu Á" a continent
    ['Diễn đàn Hợp tác Kinh tế Châu Á Horasis họp thường niên.', []],
    // a title does not reach past another name and "và"
    ['Lễ đón Thủ tướng Nguyễn Xuân Phúc và Đoàn Cấp cao Việt Nam.', ['Nguyễn Xuân Phúc']],
    ['Ong Nguyen Van Binh, Chu tich tinh.', ['Nguyen Van Binh']],
    // "có" (has) folds like the honorific "cô"
    ['Thành phố có Viện Hồ Chí Minh đầu tiên.', []],
    // a name holds no digit and no glue the clean stage could not part
    ['Sau đó, bị can Lê Duy Thành20 tỷ đồng.', ['Lê Duy Thành']],
    ['Ca khúc do ca sĩ Hàn Quốcg0nny sáng tác.', []],
    ['Tại đây, nhà văn LưuLưulLưullLưul Minh Sơn bày tỏ quan điểm.', []],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  describe('Vietnamese names after an office, organization or place', () => {
    it.each([
      ['Bộ trưởng Bộ Công Thương Trần Tuấn Anh phát biểu.', ['Trần Tuấn Anh']],
      ['Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung tiếp đoàn.', ['Nguyễn Đức Chung']],
      ['Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân tiếp khách.', ['Nguyễn Thiện Nhân']],
      ['Phó Chủ tịch HĐND thành phố Phạm Quí Tiên nêu rõ.', ['Phạm Quí Tiên']],
      ['Chủ tịch Hồ Chí Minh và Đại tướng Võ Nguyên Giáp.', ['Hồ Chí Minh', 'Võ Nguyên Giáp']],
      ['Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh.', ['Hồ Chí Minh']],
      ['Du khách thăm Nhà sàn Bác Hồ.', ['Hồ Chí Minh']],
      // without a title "Minh Lý Báo Gia" is no name, even if "Lý" is a surname
      ['Minh Lý Báo Gia đình và Xã hội cập nhật tin tức.', []],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  describe('Chinese names in Sino-Vietnamese reading', () => {
    it.each([
      ['Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Chiết Giang Lý Đức Kim phát biểu.', ['Lý Đức Kim']],
      ['Đoàn gặp Bí thư Tỉnh ủy Vưu Quyền và Tỉnh trưởng Vu Vĩ Quốc.', ['Vưu Quyền', 'Vu Vĩ Quốc']],
      ['Phó Chủ tịch Quân ủy Trung ương Trung Quốc Phạm Trường Long hội kiến.', ['Phạm Trường Long']],
      ['Ông Phương Đông, Phó Huyện trưởng huyện Hà Khẩu, đánh giá cao.', ['Phương Đông']],
      ['Tỉnh trưởng Tỉnh Phúc Kiến Tôn Kim Long đón đoàn.', ['Tôn Kim Long']],
      // a Chinese surname alone does not make two capitalised words a name
      ['Tập Cận cũng là hai chữ.', []],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  describe('Korean, Western, Lao and Cambodian names', () => {
    it.each([
      ['Tổng thống Hàn Quốc Moon Jae-in phát biểu.', ['Moon Jae-in']],
      ['Cựu Tổng thư ký Ban Ki-moon tới Hà Nội.', ['Ban Ki-moon']],
      ['Thị trưởng thành phố Seoul Park Won Soon khẳng định.', ['Park Won Soon']],
      ['Tổng thống George W. Bush và John F. Kennedy.', ['George W. Bush', 'John F. Kennedy']],
      ['Địa danh được V. I. Lenin chọn làm nơi lãnh đạo.', ['V. I. Lenin']],
      ['Quê hương của lãnh tụ V.I. Lenin.', ['V.I. Lenin']],
      ['Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith tiếp đoàn.', ['Bounnhang Vorachith']],
      ['Phó Chủ tịch nước Lào Pany Yathotou phát biểu.', ['Pany Yathotou']],
      ['Thủ tướng Campuchia Samdech Techo Hun Sen hội đàm.', ['Hun Sen']],
      ['Tổng thống Romania Klaus Iohannis đón đoàn.', ['Klaus Iohannis']],
      ['Phát biểu sau lễ ký, Thống đốc bang Virginia Terry McAuliffe nêu rõ.', ['Terry McAuliffe']],
      ['Chủ tịch Ủy ban Đoàn kết bang Kerala Geetesh Sharma chia sẻ.', ['Geetesh Sharma']],
      // the article names the place after "thành phố": it is not the first half of a name
      ['Đoàn tới thành phố Saint Petersburg. Thống đốc Saint Petersburg tin tưởng.', []],
      ['Đến thăm thành phố Saint Petersburg, Thống đốc Saint Petersburg Pontavchenko chào mừng.', []],
      ['Cơn thịnh nộ của HLV Simone Inzaghi Rạng sáng 1/6, đội bóng thua.', ['Simone Inzaghi']],
      ['Đến 8h ngày 10/5, anh N.B.A đã đến trình báo.', []],
      ['Chủ tịch La Liga Javier Tebas tuyên bố.', ['Javier Tebas']],
      ['Giám đốc Công ty CP Than Cọc Sáu phát biểu.', []],
      // brands are no persons, even after a title
      ['Tổng Giám đốc cho biết Jetstar Pacific sẽ mở đường bay.', []],
      // a single initial and a word is a byline, not a name
      ['Ảnh: T. Hoang', []],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  describe('Vietnamese phonetic spellings of foreign names', () => {
    it.each([
      ['Thủ tướng gặp Bà Ma-lu Đờ-ray-ờ, Thủ hiến bang.', ['Ma-lu Đờ-ray-ờ']],
      ['Bộ trưởng bang Rai-len Phan-xơ, ông Phôn-cơ Vít-xing phát biểu.', ['Phôn-cơ Vít-xing']],
      ['Bí thư - Tỉnh trưởng tỉnh Khăm Muộn ông Ô-đay Su-đạ-phon dự lễ.', ['Ô-đay Su-đạ-phon']],
      // a place spelled the same way after "bang" is no person
      ['Với tư cách là Thủ hiến bang Rai-lan Phan-xờ, bà phát biểu.', []],
      // a country of any continent before a foreign name says where the person is from
      ['Chủ tịch Thượng viện Haiti Youri Latortue thăm Việt Nam.', ['Youri Latortue']],
      ['Giám đốc Cơ quan Quản lý khẩn cấp Jamaica Evan Thompson cho biết.', ['Evan Thompson']],
      // a country's name is also a given name: a first name stays
      ['Ông Jordan Egstad, nhà đồng sáng lập công ty, cho biết.', ['Jordan Egstad']],
      ['Bộ trưởng Ngoại giao ông Israel Katz tuyên bố.', ['Israel Katz']],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  describe('stage names after an occupation', () => {
    it.each([
      ['Đêm nhạc có ca sĩ Mỹ Linh và NSND Trọng Tấn.', ['Mỹ Linh', 'Trọng Tấn']],
      ['Sự tham gia của các nghệ sỹ nổi tiếng: Mỹ Tâm, Anh Thơ, Đức Tuấn và NSƯT Thùy Linh.', ['Mỹ Tâm', 'Anh Thơ', 'Đức Tuấn', 'Thùy Linh']],
      ['Truyện của nhà văn Pháp Charles Perrault được dịch.', ['Charles Perrault']],
      // a list ends where the sentence goes on
      ['Ca sĩ Hải Sâm hát, Đài Truyền hình Việt Nam phát sóng.', ['Hải Sâm']],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  describe('a name ends where a function word or sentence opener begins', () => {
    it.each([
      ['Tác giả Trần Ngọc Hiếu Theo báo cáo, số liệu tăng.', ['Trần Ngọc Hiếu']],
      ['Giám đốc Đào Triết Năm 2014 đã ký.', ['Đào Triết']],
      ['Phó Giám đốc Lê Văn Thành Ngày 12/3, đoàn tới.', ['Lê Văn Thành']],
      ['Ông Nguyễn Văn Hùng Tại buổi làm việc, hai bên trao đổi.', ['Nguyễn Văn Hùng']],
      ['Chủ tịch Nguyễn Văn Nam Trong chuyến thăm, đoàn ký kết.', ['Nguyễn Văn Nam']],
      ['Năm 2014 Nguyễn Văn Hùng được bổ nhiệm.', ['Nguyễn Văn Hùng']],
      ['Chị Nguyễn Bích Ngọc (35 tuổi) cho biết.', ['Nguyễn Bích Ngọc']],
      ['Ông Nguyễn Văn Nhiều - Trưởng phòng tham mưu cho biết.', ['Nguyễn Văn Nhiều']],
      ['Tiền vệ Trần Hữu Đông Triều ghi bàn.', ['Trần Hữu Đông Triều']],
      ['Chị Dư Thị Phương Thảo (20 tuổi) bị thương.', []],
      ['Ông Phạm Xuân Thời (nhà ở ấp 3) cho biết.', ['Phạm Xuân Thời']],
      ['Độc giả N.C.Hoa đặt câu hỏi.', []],
      ['Trận bán kết Cup nhà Vua Tây Ban Nha.', []],
      // "Năm" and "Sáng" are given names too when no number or time word follows
      ['Bí thư Huyện ủy Nguyễn Văn Năm phát biểu.', ['Nguyễn Văn Năm']],
      ['Ông Trần Văn Sáng cho biết.', ['Trần Văn Sáng']],
      ['Đồng chí Nguyễn Thiện Nhân dự lễ.', ['Nguyễn Thiện Nhân']],
      // a title inside a run of capitals starts after the name
      ['Ông Lê Minh Hưng Chủ tịch tỉnh dự lễ.', ['Lê Minh Hưng']],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  describe('streets, schools, prizes and songs named after a person are no persons', () => {
    it.each([
      ['Dự án nằm trên đường Lý Thường Kiệt, quận Hoàn Kiếm.', []],
      ['Cửa hàng ở phố Vũ Phạm Hàm.', []],
      ['Học sinh trường Phan Bội Châu và Trường chuyên Lê Hồng Phong.', []],
      ['Lễ khai giảng của Trường THPT Trần Phú.', []],
      ['Trường Đại học Tôn Đức Thắng ký kết hợp tác.', []],
      ['Đường Nguyễn Văn Linh được mở rộng.', []],
      ['Đêm nhạc mở đầu bằng ca khúc Trịnh Công Sơn.', []],
      ['Đội bóng CLB Hoàng Anh Gia Lai thắng.', []],
      ['Đề cử giải Trần Văn Ơn năm nay.', []],
      ['Cửa hàng số 333D, Nguyễn Minh Thiện, khóm 1 mở cửa.', []],
      ['Trụ sở tại 12 Trần Hưng Đạo, phường Cửa Nam.', []],
      ['Tàu sân bay USS Harry S. Truman rời cảng.', []],
      ['Thaco góp vốn cho Hoàng Anh Gia Lai chuyển đổi cây trồng.', []],
      ['Quán nằm gần vòng xoay Lý Thái Tổ và trục Mai Chí Thọ.', []],
      ['Sân khấu Hoàng Thái Thanh diễn vở mới.', []],
      // but the same name after a title is the person
      ['Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn.', ['Hồ Chí Minh']],
    ])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
  });

  it('links a later surname-only mention to the full name', () => {
    const r = recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text: 'Thủ tướng Nhật Bản Shinzo Abe phát biểu. Ông Abe cho rằng.', source: 't' }));
    expect(r.persons.map((p) => [p.text, p.name])).toEqual([['Shinzo Abe', 'Shinzo Abe'], ['Abe', 'Shinzo Abe']]);
  });
});
