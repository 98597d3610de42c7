import { describe, expect, it } from 'vitest';
import { cleanLabel } from '../../src/clean/cleanLabel.js';
import { MASK } from '../../src/clean/maskSpam.js';

describe('cleanLabel', () => {
  it.each([
    [`Phó Chủ tịch Thường trực ${MASK} tỉnh ${MASK}`, 'Phó Chủ tịch Thường trực tỉnh'],
    [`Chủ tịch ${MASK} tỉnh ${MASK} Lê Văn Dũng tới thăm`, 'Chủ tịch tỉnh Lê Văn Dũng tới thăm'],
    [`làm việc tại tỉnh ${MASK}, thời gian tới`, 'làm việc tại tỉnh, thời gian tới'],
    [MASK, ''],
    ['Nguyễn\nVăn A', 'Nguyễn Văn A'],
    ['Bộ Ngoại\u200B giao\u0007', 'Bộ Ngoại giao'],
    ['Sở Ngoại vụ&#10;tỉnh', 'Sở Ngoại vụ tỉnh'],
    ['<b>Thống đốc</b> tỉnh Kagoshima', 'Thống đốc tỉnh Kagoshima'],
    ['Hội hữu nghị Việt &amp; Nhật', 'Hội hữu nghị Việt & Nhật'],
    ['**Thị trưởng** [Kinokawa](https://x.jp) ![](a.png)', 'Thị trưởng Kinokawa'],
    ['  - Tỉnh Gia Lai | ', 'Tỉnh Gia Lai'],
    ['Vũ Hồng Nam', 'Vũ Hồng Nam'],
  ])('%j', (input, expected) => {
    expect(cleanLabel(input)).toBe(expected);
  });
});
