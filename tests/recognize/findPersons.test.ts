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
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('links a later surname-only mention to the full name', () => {
    const r = recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text: 'Thủ tướng Nhật Bản Shinzo Abe phát biểu. Ông Abe cho rằng.', source: 't' }));
    expect(r.persons.map((p) => [p.text, p.name])).toEqual([['Shinzo Abe', 'Shinzo Abe'], ['Abe', 'Shinzo Abe']]);
  });
});
