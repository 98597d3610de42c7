import { describe, expect, it } from 'vitest';
import { splitDate } from '../../src/neo4j/internal/splitDate.js';

describe('splitDate', () => {
  it.each([
    ['2019-10-05', { dateText: '2019-10-05', date: '2019-10-05', year: 2019 }],
    ['2019-10', { dateText: '2019-10', date: null, year: 2019 }],
    ['2019', { dateText: '2019', date: null, year: 2019 }],
    ['--11-10', { dateText: '--11-10', date: null, year: null }],
    ['2019-02-30', { dateText: '2019-02-30', date: null, year: 2019 }],
    [null, { dateText: null, date: null, year: null }],
    ['', { dateText: null, date: null, year: null }],
  ])('%j', (value, expected) => {
    expect(splitDate(value)).toEqual(expected);
  });
});
