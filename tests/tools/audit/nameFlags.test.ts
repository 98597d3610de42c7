import { describe, expect, it } from 'vitest';
import { functionWordFlag, hasUpperCaseWord, isGluedWord, textArtifacts } from '../../../tools/audit/nameFlags.js';

describe('audit name flags', () => {
  it.each([
    ['Nguyễn Văn Nam', null],
    ['Nguyễn Văn Năm', null],
    ['Lê Thị Sáng', null],
    ['Donald Trump Theo', 'ends with “Theo”'],
    ['Hà Đông Ngày', 'ends with “Ngày”'],
    ['Tại Nguyễn Văn A', 'starts with “Tại”'],
    ['Các Nguyễn', 'starts with “Các”'],
    ['Những', 'starts with “Những”'],
    ['Trần Văn Năm 2014', '“Năm 2014”'],
    ['Sáng 12 Nguyễn Văn B', '“Sáng 12”'],
    ['Nguyễn Văn 3', 'contains a digit'],
    ['Lương Định Của', null],
    ['Của Nguyễn Văn A', 'starts with “Của”'],
  ])('%s → %s', (name, expected) => {
    expect(functionWordFlag(name)).toBe(expected);
  });

  it.each([
    ['Nguyễn Văn An', []],
    ['Phó Chủ tịch UBND tỉnh', []],
    ['Ngân hàng TPBank', []],
    ['Hãng PepsiCo', []],
    ['Chủ tịch\nĐề xuất trên', ['newline or tab']],
    ['Hà\u200BNội', ['zero-width character']],
    ['Tỉnh \uFFFD', ['replacement character']],
    ['Công ty A&amp;B', ['markup']],
    ['<b>Hà Nội</b>', ['markup']],
    ['Quận SơnTrà', ['glued words']],
    ['TheoThe Daily Mail', ['glued words']],
    ['Nguyễn PRIMEVăn', ['glued words']],
    ['Ông A\u0007', ['control character']],
  ])('%j → %j', (text, expected) => {
    expect(textArtifacts(text)).toEqual(expected);
  });

  it.each([
    ['tạiV.League', true],
    ['McMaster', false],
    ['iPhone', false],
    ['UBND', false],
  ])('glued %s: %s', (word, expected) => {
    expect(isGluedWord(word)).toBe(expected);
  });

  it.each([
    ['Nguyễn Văn PRIME', true],
    ['Nguyễn Văn An', false],
    ['Lê A', false],
  ])('a word in capitals in %s: %s', (name, expected) => {
    expect(hasUpperCaseWord(name)).toBe(expected);
  });
});
