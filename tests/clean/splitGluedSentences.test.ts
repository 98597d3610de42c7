import { describe, expect, it } from 'vitest';
import { splitGluedSentences } from '../../src/clean/splitGluedSentences.js';

describe('splitGluedSentences', () => {
  it.each([
    ['hoàn thành trong năm 2025.Sáng 5/3, đoàn đến', 'hoàn thành trong năm 2025. Sáng 5/3, đoàn đến'],
    ['người dân phấn khởi.Chiều cùng ngày', 'người dân phấn khởi. Chiều cùng ngày'],
    ['nói "phải làm".Cuốn sách', 'nói "phải làm". Cuốn sách'],
    ['Có thật không?Ông trả lời', 'Có thật không? Ông trả lời'],
    // abbreviations and initials stay
    ['tại TP.HCM và V.League', 'tại TP.HCM và V.League'],
    ['PGS.TS Nguyễn Văn A, ThS.BS Lê B', 'PGS.TS Nguyễn Văn A, ThS.BS Lê B'],
    ['George W. Bush và B.Bình, Tp.Hồ Chí Minh', 'George W. Bush và B.Bình, Tp.Hồ Chí Minh'],
    ['số 1.200 và 3.5', 'số 1.200 và 3.5'],
    ['trang vnexpress.net đưa tin', 'trang vnexpress.net đưa tin'],
  ])('%s', (input, expected) => {
    expect(splitGluedSentences(input)).toBe(expected);
  });
});
