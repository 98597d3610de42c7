import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/clean/splitSentences.js';

describe('splitSentences', () => {
  it.each([
    ['Ông A đến. Bà B đi.', ['Ông A đến.', 'Bà B đi.']],
    ['Hợp tác với TP.HCM và 1.200 doanh nghiệp. Tiếp theo.', ['Hợp tác với TP.HCM và 1.200 doanh nghiệp.', 'Tiếp theo.']],
    ['Dòng một\nDòng hai', ['Dòng một', 'Dòng hai']],
    ['Ngày 7-16/5./. Vũ Dũng/VOV', ['Ngày 7-16/5./.', 'Vũ Dũng/VOV']],
  ])('%s', (input, expected) => {
    const s = splitSentences(input);
    expect(s.map((x) => x.text)).toEqual(expected);
    for (const x of s) expect(input.slice(x.start, x.end)).toBe(x.text);
  });
});
