import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { recognize } from '../../src/recognize/index.js';

const organizations = (text: string) =>
  recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text, source: 't' })).organizations.map((o) => o.name);

describe('findOrganizations', () => {
  it.each([
    ['Tại Văn phòng UBND tỉnh Bình Định, lãnh đạo tỉnh tiếp đoàn.', ['Văn phòng UBND tỉnh Bình Định']],
    ['Đại diện Lãnh sự quán Việt Nam tại Fukuoka phát biểu.', ['Lãnh sự quán Việt Nam']],
    ['Tập đoàn Hyosung đã ký kết biên bản ghi nhớ.', ['Tập đoàn Hyosung']],
    // a head alone names no particular body
    ['Chủ tịch UBND tỉnh dự họp cùng đại diện Chính phủ.', []],
    // folding merges "Đặng" with the head "Đảng" and "Bản" with "Ban": the written word must be the head
    ['Phó Chủ tịch nước Đặng Thị Ngọc Thịnh tiếp đoàn Nhật Bản.', []],
    // a domain word's second syllable is written small: no "Diễn đàn Cộng"
    ['Diễn đàn Cộng đồng doanh nghiệp khai mạc.', ['Diễn đàn Cộng đồng doanh nghiệp']],
    // "và" before an administrative word joins two entities
    ['Quan hệ giữa Chính phủ Việt Nam-Nhật Bản nói chung và tỉnh Bình Định nói riêng.', ['Chính phủ Việt Nam-Nhật Bản']],
    // the issuer's code in a document number names no body
    ['UBND thành phố đã có Công văn số 8017/UBND-QLĐTh ngày 30/9/2016.', []],
    ['Theo Quyết định 123/QĐ-UBND Thành phố Hà Nội ngày 5/6.', []],
  ])('%s', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });
});

describe('findOrganizations: where a body name ends', () => {
  it.each([
    // a domain word's second syllable written small goes on the name
    ['Phát ngôn viên Bộ Ngoại giao Trung Quốc cho biết.', ['Bộ Ngoại giao Trung Quốc']],
    ['Theo Ban Chỉ đạo Trung ương về phòng chống thiên tai.', ['Ban Chỉ đạo Trung ương']],
    ['Vụ II phối hợp với Ngân hàng Nhà nước thanh tra.', ['Ngân hàng Nhà nước']],
    ['Lãnh đạo Sở Giao thông Vận tải sẽ làm việc.', ['Sở Giao thông Vận tải']],
    ['Lãnh đạo Bộ Y tế xây dựng kế hoạch.', ['Bộ Y tế']],
    // domain nouns written all small go on too; a verb does not
    ['Ông Đồng, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hậu Giang cho biết.', ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Hậu Giang']],
    ['Cuộc đua được Tổng cục Thể dục thể thao Việt Nam công nhận.', ['Tổng cục Thể dục thể thao Việt Nam']],
    ['Ông học tại Trường Phổ thông trung học Chu Văn An năm đó.', ['Trường Phổ thông trung học Chu Văn An']],
    ['Tập đoàn Phúc Sơn triển khai dự án.', ['Tập đoàn Phúc Sơn']],
    // a headline run into the body: a sentence opener after small words ends the name
    ['Số ca tăng nhẹ, Bộ Y tế khuyến cáo phòng ngừa Trước tình hình số ca tăng.', ['Bộ Y tế']],
    ['Đại diện Văn phòng UBND quận 3 cho biết.', ['Văn phòng UBND quận 3']],
    // a council, party committee or parliament the body belongs to stays in its name; another body does not
    ['Có 15 người là ủy viên Ban Thường vụ Tỉnh ủy.', ['Ban Thường vụ Tỉnh ủy']],
    ['Văn phòng Trung ương Đảng vừa có thông báo.', ['Văn phòng Trung ương Đảng']],
    // across a spaced dash a title opens a person
    ['Đại diện Bộ Tổng tham mưu Nga - Trung tướng Sergey Rudskoi thông báo.', ['Bộ Tổng tham mưu Nga']],
    ['Ngày 14-5, Ủy ban Thường vụ Quốc hội đã họp.', ['Ủy ban Thường vụ Quốc hội']],
    ['Bộ Tài chính Ngân hàng Nhà nước cùng họp.', ['Bộ Tài chính', 'Ngân hàng Nhà nước']],
    ['Theo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, trời mưa.', ['Trung tâm Dự báo Khí tượng Thủy văn Trung ương']],
    ['Địa phương đã kiến nghị với Hội Chữ thập đỏ và chính quyền.', ['Hội Chữ thập đỏ']],
    ['Tỷ giá tạo áp lực lên Ngân hàng Nhà nước và chính sách tiền tệ.', ['Ngân hàng Nhà nước']],
    ['Nghị quyết của Chính phủ ban hành Chương trình hành động.', []],
    ['Chủ tịch UBND TP Nguyễn Đức Chung yêu cầu.', []],
    // a list of domains: comma, then "và"
    ['Theo Sở Văn hóa, Thể thao và Du lịch, trong dịp Tết có nhiều khách.', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Y tế, Sở Tài chính họp.', ['Sở Y tế', 'Sở Tài chính']],
    ['Sở Y tế, Công an tỉnh và UBND huyện họp.', ['Sở Y tế']],
    ['Theo Bộ Giáo dục, Khoa học, Công nghệ và Môi trường cho biết.', ['Bộ Giáo dục, Khoa học, Công nghệ và Môi trường']],
    // "và" before a small domain noun that closes the name; not before a country, a verb or a phrase of its own
    ['Lãnh đạo Sở Tài nguyên và môi trường cho biết.', ['Sở Tài nguyên và môi trường']],
    // "dục" is no "Đức": a small syllable ends in no country
    ['Cũng theo ông Hiệp, Sở Giáo dục và Đào tạo Đắk Lắk cũng xác minh.', ['Sở Giáo dục và Đào tạo Đắk Lắk']],
    ['Ông học Trường ĐH Khoa học xã hội và Nhân văn năm đó.', ['Trường ĐH Khoa học xã hội và Nhân văn']],
    ['Trò chuyện với PV Báo Gia đình & Xã hội, Phúc chia sẻ.', ['Báo Gia đình & Xã hội']],
    ['Theo Bộ NN và PTNT cho biết.', ['Bộ NN và PTNT']],
    // domain words are read with their marks: "dẫn" is no "dân", "hoá" is "hóa"
    ['Người phát ngôn của Bộ Thống nhất Hàn Quốc dẫn nguồn tin.', ['Bộ Thống nhất Hàn Quốc']],
    ['Hội đồng Văn hoá Nghệ thuật họp.', ['Hội đồng Văn hoá Nghệ thuật']],
    ['Trong khi Trường Giang và Nhã Phương mang tin vui đến.', []],
    ['Chứng nhận được Liên minh châu Âu và Mỹ cấp.', ['Liên minh châu Âu']],
    ['Ông vào Ban Thường vụ Quận ủy và giữ chức Bí thư Quận ủy.', ['Ban Thường vụ Quận ủy']],
    // after a comma and small words a person does not close the name
    ['Trên trang của Quỹ giải thưởng Booker, nhà văn, biên tập viên Justine Payton cho biết.', ['Quỹ giải thưởng Booker']],
    ['Đó là Trung tâm Xúc tiến đầu tư, thương mại, du lịch thành phố Hà Nội.', ['Trung tâm Xúc tiến đầu tư, thương mại, du lịch thành phố Hà Nội']],
    ['Theo chuẩn của Tổ chức Y tế Thế giới thì trẻ bị suy dinh dưỡng.', ['Tổ chức Y tế Thế giới']],
    ['Hai tiền vệ xuất thân từ Học viện bóng đá HA.GL-Arsenal-JMG, Lương Xuân Trường.', ['Học viện bóng đá HA.GL-Arsenal-JMG']],
    // initials joined by an ampersand
    ['Qua kiểm tra, Bộ KH&ĐT đã đề nghị.', ['Bộ KH&ĐT']],
    ['Theo Công ty S&P Global Ratings, tình trạng này kéo dài.', ['Công ty S&P Global Ratings']],
    // a bracket closed without an acronym, a photo credit, a dash before another head end the name
    ['Bà Nghĩa, Phòng Chính trị (Sở GD-ĐT Hà Nội) cho biết.', ['Sở GD-ĐT Hà Nội']],
    ['Tại Bệnh viện Bạch Mai - Ảnh: BVCC', ['Bệnh viện Bạch Mai']],
    // a head with small domain words only names no particular body
    ['Ông được đưa vào bệnh viện, Bệnh viện đa khoa ở đó.', []],
    // after a comma, an administrative word opens the address, not the name
    ['Vụ đuối nước xảy ra tại hồ của Công ty Cà phê Ia Sao 2, xã Ia Sao, huyện Ia Grai.', ['Công ty Cà phê Ia Sao 2']],
    ['Em học Trường tiểu học Kim Đồng, xã Ea Tu, TP Buôn Ma Thuột.', ['Trường tiểu học Kim Đồng']],
    // a number right after the name is part of it, unless it counts the words after it
    ['Gia đình đưa bé đến Bệnh viện Nhi đồng 1 (TP.HCM) để khám.', ['Bệnh viện Nhi đồng 1']],
    ['Bộ Y tế 2 năm liền đứng đầu.', ['Bộ Y tế']],
    // "Cảnh sát điều tra" is one unit; "điều tra" after another body is a verb
    ['Cơ quan Cảnh sát điều tra Công an tỉnh Ninh Thuận đã khởi tố.', ['Cơ quan Cảnh sát điều tra Công an tỉnh Ninh Thuận']],
    ['Bộ Công an điều tra vụ việc.', ['Bộ Công an']],
    // a person after a body and its country is its officer; a school named after a person keeps the name
    ['Chủ tịch Ủy ban châu Âu Jean-Claude Juncker nhấn mạnh.', ['Ủy ban châu Âu']],
    ['Thư ký Hội đồng An ninh Ukraine Rustem Umerov cho biết.', ['Hội đồng An ninh Ukraine']],
    ['Ngân hàng TMCP Việt Nam Thịnh Vượng công bố.', ['Ngân hàng TMCP Việt Nam Thịnh Vượng']],
    ['Sinh viên Đại học Y khoa Phạm Ngọc Thạch tham gia.', ['Đại học Y khoa Phạm Ngọc Thạch']],
    ['Giám đốc Bệnh viện Đa khoa Bắc Kạn Trịnh Thị Lượng cho biết.', ['Bệnh viện Đa khoa Bắc Kạn']],
    ['Chủ tịch Đại Hội đồng Liên hợp quốc Peter Thompson phát biểu.', ['Đại Hội đồng Liên hợp quốc']],
    // a glued stop word after two capitals ends the name after them
    ['Chi nhánh Công ty cổ phần Tập đoàn Vinacontrol Quy Nhơn làm thành viên.', ['Công ty cổ phần Tập đoàn Vinacontrol Quy Nhơn']],
    ['Các nghị sỹ của Đảng Dân tiến Nhật Bản đã đến.', ['Đảng Dân tiến Nhật Bản']],
    ['Đại diện Sở Văn hóa và Thể thao TP.HCM (Sở VH&TT) đã trả lời.', ['Sở Văn hóa và Thể thao TP.HCM', 'Sở VH&TT']],
    ['Quy chế hoạt động của Hội đồng Xổ số kiến thiết khu vực miền Nam đã được ban hành.', ['Hội đồng Xổ số kiến thiết khu vực miền Nam']],
    // a capitalised plural word opens a phrase, no name; a name that ended in an acronym lists no more domains after a comma
    ['Trong đó có Ủy ban Các vấn đề nhà nước của Triều Tiên.', []],
    ['Các trưởng ngành: Tài chính, Ngân hàng Nhà nước VN, Tài nguyên và Môi trường, Công thương.', ['Ngân hàng Nhà nước VN']],
    // only the first syllable of a name word is capitalised: the small second one ends the name with it
    ['Giám đốc Trung tâm Phẫu thuật Thần kinh (Bệnh viện Việt Đức) cho biết.', ['Trung tâm Phẫu thuật Thần kinh', 'Bệnh viện Việt Đức']],
    ['Báo Dân trí đưa tin.', ['Báo Dân trí']],
    ['Ông được đưa đến Bệnh viện Quân y 175 (TP.HCM).', ['Bệnh viện Quân y 175']],
    ['Cục Thuế xuất hóa đơn điện tử.', ['Cục Thuế']],
    ['Tập đoàn Hyosung ký kết biên bản.', ['Tập đoàn Hyosung']],
    ['Ban Chấp hành Trung ương Đảng thống nhất cao.', ['Ban Chấp hành Trung ương Đảng']],
    ['Ủy ban châu Âu dự kiến họp.', ['Ủy ban châu Âu']],
    ['Quyết định của UBND tỉnh Thanh Hóa Số 35/QĐ.', ['UBND tỉnh Thanh Hóa']],
    // a superlative describes a company, it does not name one
    ['Công ty ứng dụng gọi xe lớn nhất thế giới Uber Technologies tuyên bố.', []],
  ])('%s', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });
});

describe('findOrganizations: head words that open no body', () => {
  it.each([
    ['Giải cờ người khu vực duyên hải Nam Trung Bộ và Tây Nguyên diễn ra.', []],
    ['Lewandowski là mục tiêu của đội bóng Hoàng gia Tây Ban Nha.', []],
    ['Khách đến Hội An thu hút đông đảo.', []],
    ['Đường Đinh Bộ Lĩnh bị kẹt cứng.', []],
    ['Điều 202 Bộ Luật hình sự có quy định về tội này.', []],
    ['Bộ trưởng Ngoại giao Mỹ phát biểu.', []],
    ['Ông dự Hội nghị thượng đỉnh EU ở Malta.', []],
    ['Cả hai đều trú phường Trường An, quận Thuận Hóa.', []],
    ['Lúc đó thì Dương Trường Sang chạy đến.', []],
    ['Anh chia sẻ trên tạp chí So Foot về chuyện này.', []],
    ['Ông góp ý các Sở ban ngành TP nên học hỏi.', []],
    ['Cửa hàng rộng 1.500 m2 tại Trung tâm Hà Nội.', []],
    ['Hai người đến công viên ven sông ở Đài Bắc.', []],
    ['Bộ ba giám chế Lý Liệt lên tiếng.', []],
    // a photographer's name in capitals before the next sentence
    ['Ảnh: MẬU TRƯỜNG Bộ Xây dựng đã phê duyệt quy hoạch.', ['Bộ Xây dựng']],
    ['Các địa phương triển khai Luật Tổ chức chính quyền địa phương.', []],
    // "Từ" opens the sentence here, no surname
    ['Từ Bộ Công an, đoàn đi tiếp.', ['Bộ Công an']],
    // words that say what kind of body it is name none
    ['Em học ở Trường Tiểu học gần nhà.', []],
    ['Cán bộ Cơ quan CSĐT đã có mặt.', []],
    ['Đại hội đồng cổ đông thường niên của Công ty FPT diễn ra.', ['Công ty FPT']],
    // a plural of domain words and places is a kind of body; a proper name keeps it
    ['Họ bán hàng cho các Cơ quan chính phủ Mỹ.', []],
    ['Họ hợp tác với các Tập đoàn Samsung, LG.', ['Tập đoàn Samsung']],
    // "và" right after a bare head
    ['Xuân Trường và HLV Choi Yun-kyum chụp ảnh.', []],
    ['Đại diện Phòng Thương mại và Công nghiệp Việt Nam phát biểu.', ['Phòng Thương mại và Công nghiệp Việt Nam']],
    ['Về Trung tâm TP Hà Nội, góp phần phát triển.', []],
    ['Công ty Hàn Quốc cũng đứng số một về thương hiệu.', []],
    ['Hãng máy bay Trung Quốc nói thêm.', []],
    ['Cơ quan BHXH lưu ý việc xác minh.', []],
    ['Ngân hàng Trung Quốc tăng lãi suất.', ['Ngân hàng Trung Quốc']],
    // a unit named by its kind only belongs to the body after it
    ['Cơ quan Cảnh sát điều tra Bộ Công an khởi tố.', ['Cơ quan Cảnh sát điều tra Bộ Công an']],
    ['Anh thuộc Văn phòng Cơ quan cảnh sát điều tra Bộ Công an, đồng thời.', ['Cơ quan cảnh sát điều tra Bộ Công an']],
    ['Văn phòng Chính phủ thông báo.', ['Văn phòng Chính phủ']],
    // a headline ending in a place word run into the body
    ['Khi sáp nhập tỉnh Ban Tổ chức Trung ương sẽ tham mưu.', ['Ban Tổ chức Trung ương']],
  ])('%s', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });
});

