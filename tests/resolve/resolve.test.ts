import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { recognize } from '../../src/recognize/index.js';
import { personId, resolve } from '../../src/resolve/index.js';

function resolved(text: string) {
  const article = cleanArticle({ id: 't', title: null, date: null, url: null, text, source: 't' });
  const { titles: _titles, ...recognized } = recognize(article);
  return resolve(article, recognized);
}

describe('personId', () => {
  it.each([
    // Japanese names in either order are one person
    ['Matsushita Yoshihiko', 'Yoshihiko Matsushita', true],
    ['Takeshi Kishimoto', 'Kishimoto Takeshi', true],
    // diacritics and tone placement fold together
    ['Nguyễn Văn Hòa', 'Nguyễn Văn Hoà', true],
    ['Trần Châu', 'TRẦN CHÂU', true],
    // Vietnamese names keep their order: these are two people
    ['Lê Văn Dũng', 'Dũng Văn Lê', false],
    ['Trần Châu', 'Trần Chấu Minh', false],
    // a leading honorific or a country before a romanized name is no part of the name
    ['Ông Cao Thắng', 'Cao Thắng', true],
    ['Anh Samira Ahmed', 'Samira Ahmed', true],
    ['Hàn Quốc Moon Jae-in', 'Moon Jae-in', true],
    // a country word opening a Vietnamese given name stays
    ['Đức Tuấn', 'Tuấn', false],
    ['Mỹ Linh Hà', 'Linh Hà', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(personId(a) === personId(b)).toBe(same);
  });
});

describe('resolve', () => {
  it.each([
    // the place named in the title
    ['Thống đốc tỉnh Fukuoka Hattori Seitaro phát biểu.', 'person:hattori-seitaro', 'locality:JP:fukuoka'],
    // an unnamed "UBND tỉnh": the Vietnamese place named before it in the sentence
    ['Tại tỉnh Bình Định, Phó Chủ tịch UBND tỉnh Trần Châu tiếp đoàn.', 'person:tran-chau', 'locality:VN:binh-dinh'],
    // a title belongs to the first name after it, not to the guest received
    ['Chủ tịch UBND Hà Nội Nguyễn Đức Chung tiếp ngài Park Won Soon, Thị trưởng thành phố Seoul.', 'person:park-soon-won', 'locality:KR:seoul'],
    // a national title acts for no locality
    ['Thủ tướng Nguyễn Xuân Phúc tiếp Thống đốc tỉnh Aichi.', 'person:nguyen-xuan-phuc', undefined],
  ])('%s', (text, person, place) => {
    expect(resolved(text).affiliations.get(person)).toBe(place);
  });

  it('merges a later short mention into the full name, with one entity', () => {
    const r = resolved('Thủ tướng Nhật Bản Shinzo Abe phát biểu. Ông Abe cho rằng hợp tác là quan trọng.');
    const abe = r.entities.get('person:abe-shinzo');
    expect(abe?.mentions.map((m) => m.text)).toEqual(['Shinzo Abe', 'Abe']);
    expect([...r.entities.values()].filter((e) => e.type === 'Person')).toHaveLength(1);
  });
});
