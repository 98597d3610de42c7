import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/clean/removeFurniture.js';

describe('removeFurniture', () => {
  it.each([
    ['everything after a related-articles header goes', 'Thân bài.\nTin bài liên quan\nTin khác về Hà Nội', 'Thân bài.'],
    ['"Có thể bạn quan tâm" also ends the body', 'A.\nCó thể bạn quan tâm\nB', 'A.'],
    ['teaser lines ending in " |" go', 'Thân bài.\nĐoàn Kagoshima thăm Hải Dương. Hai bên ... |\nTiếp.', 'Thân bài.\nTiếp.'],
    ['a caption right after an image stays', '![](x.jpg) |\nÔng A tiếp ông B. |\nThân.', 'Ông A tiếp ông B.\nThân.'],
    ['a caption opening with "|" stays', '| Đoàn chụp ảnh (Ảnh: TTXVN) |', 'Đoàn chụp ảnh (Ảnh: TTXVN)'],
    ['video and infographic lines go', 'A.\n[Video] Lễ hội ở Đà Nẵng\n[Infographic] Số liệu', 'A.'],
    ['image markdown goes', 'A ![alt](http://x/y.png) B', 'A B'],
    ['inline bracketed teasers go', 'Câu một. [Việt Nam khuyến khích Nhật đầu tư vào công nghiệp] Câu hai.', 'Câu một. Câu hai.'],
    ['a related-article teaser with its timestamp ends the body', 'Thân bài. Đoạn cuối.\nĐội A thua 6 giờ trước20:2824/6/2025Thể thao 0 Đội A rời giải.\nTin khác.', 'Thân bài. Đoạn cuối.'],
    ['a timestamp line ends the body', 'Thân bài.\n15:16 19/11/202515:1619/11/2025 0 Người dân có thể truy cập.', 'Thân bài.'],
    ['a teaser headline glued to the last sentence goes with it', 'Thân bài. Đội B thắng lớn 13 phút trước06:1312/11/2025 0 Sapo.', 'Thân bài.'],
    ['a closing book promotion goes with its headline', 'Thân bài. Câu cuối. Giải mã Thung lũng Silicon Cuốn sách giúp hiểu rõ hơn. Sách hay.\nTeaser.', 'Thân bài. Câu cuối.'],
    ['a section promotion goes', 'Thân bài. Mục Thể thao xin giới thiệu tủ sách về Ngoại hạng Anh.', 'Thân bài.'],
    ['a book named in the body stays', 'Ông nói cuốn sách đã xong. Cuốn sách này sẽ ra mắt năm sau.', 'Ông nói cuốn sách đã xong. Cuốn sách này sẽ ra mắt năm sau.'],
    ['"Đọc thêm" ends the body', 'Thân bài.\nĐọc thêm\nTin khác', 'Thân bài.'],
    ['an inline "Xem thêm:" near the end goes', 'Thân bài. Câu cuối. > Xem thêm: Travel blogger Đinh Hằng kể chuyện', 'Thân bài. Câu cuối.'],
    ['a closing byline goes', 'Hai bên ký kết thỏa thuận. Tuệ Anh(Theo ABC, NBC News)', 'Hai bên ký kết thỏa thuận.'],
    ['a news agency byline goes', 'Đoàn thăm Đà Nẵng./. Vũ Dũng/VOV.VN', 'Đoàn thăm Đà Nẵng./.'],
    ['two writers go', 'Quốc hội thông qua luật. Vũ Tuân - Sơn Hà', 'Quốc hội thông qua luật.'],
    ['a last sentence ending on a name stays', 'Lãnh đạo công ty C.P. Việt Nam.', 'Lãnh đạo công ty C.P. Việt Nam.'],
  ])('%s', (_, input, expected) => {
    expect(removeFurniture(input)).toBe(expected);
  });
});
