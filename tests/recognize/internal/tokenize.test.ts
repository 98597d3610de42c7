import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/recognize/internal/tokenize.js';

describe('tokenize', () => {
  it.each([
    ['Đoàn công tác tỉnh Bình Định.', ['Đoàn', 'công', 'tác', 'tỉnh', 'Bình', 'Định']],
    // An apostrophe and the letters after it stay in the word; digits split at punctuation.
    ["Ông O'Neill thăm Côte d’Ivoire ngày 12,5", ['Ông', "O'Neill", 'thăm', 'Côte', 'd’Ivoire', 'ngày', '12', '5']],
    // Combining marks (NFD) and letters outside the Basic Multilingual Plane are word characters.
    ['Hoa\u0300 𝐀𝐁c', ['Hoa\u0300', '𝐀𝐁c']],
    ["rock 'n' roll – x'", ['rock', 'n', 'roll', 'x']],
  ])('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('keeps offsets, folded forms and letter case', () => {
    const [a, b] = tokenize('  UBND Hà');
    expect(a).toEqual({ text: 'UBND', folded: 'ubnd', start: 2, end: 6, cap: true, upper: true, ascii: true });
    expect(b).toEqual({ text: 'Hà', folded: 'ha', start: 7, end: 9, cap: true, upper: false, ascii: false });
  });
});
