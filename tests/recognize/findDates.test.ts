import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/recognize/findDates.js';

describe('findDates', () => {
  it.each([
    ['sáng ngày 11/10, Phó Chủ tịch', ['2023-10-11*']],
    ['từ ngày 10-12/11, Đoàn', ['2023-11-10*']],
    ['trong tháng 10/2019, lãnh đạo', ['2019-10']],
    ['các năm 2010, 2013, 2018, thành phố', ['2010', '2013', '2018']],
    ['ngày 12 tháng 3 năm 2020', ['2020-03-12']],
    ['(28/1/1941-28/1/2026)', ['1941-01-28', '2026-01-28']],
    ['Từ tháng 4 tới', ['2023-04*']],
    ['khoảng 7/10 người', []],
    ['ngày 45/13', []],
  ])('%s', (text, expected) => {
    expect(findDates(text, 2023).map((d) => d.value.value + (d.value.yearExplicit ? '' : '*'))).toEqual(expected);
  });

  it('keeps the year unknown when the article gives none', () => {
    expect(findDates('ngày 11/10', null)[0]!.value).toEqual({ value: '--10-11', year: null, yearExplicit: false });
  });
});
