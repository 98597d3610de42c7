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
  ])('%s', (_, input, expected) => {
    expect(removeFurniture(input)).toBe(expected);
  });
});
