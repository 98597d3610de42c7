import { describe, expect, it } from 'vitest';
import { eventYear, implausibleYear } from '../../../tools/audit/eventYear.js';

describe('audit event years', () => {
  it.each([
    ['2017-03-11', 2017],
    ['2017-03', 2017],
    ['1944', 1944],
    ['--03-10', null],
    [null, null],
  ])('%s → %s', (date, expected) => {
    expect(eventYear(date)).toBe(expected);
  });

  it.each([
    [1944, 2017, 'before 1945'],
    [1945, 2017, null],
    [2020, 2017, null],
    [2021, 2017, 'more than 3 years after 2017'],
    [2030, null, null],
  ] as const)('%s with latest %s → %s', (year, latest, expected) => {
    expect(implausibleYear(year, latest)).toBe(expected);
  });
});
