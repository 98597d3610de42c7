import { describe, expect, it } from 'vitest';
import { fold } from '../../src/view/internal/fold.js';
import { SearchIndex } from '../../viewer/src/SearchIndex.js';
import { fixtureGraph, HOSTILE_NAME } from './internal/fixtureGraph.js';

describe('fold', () => {
  it.each([
    ['Bình Định', 'binh dinh'],
    ['ĐÀ NẴNG', 'da nang'],
    ['Trần  Châu ', 'tran chau'],
    ['Quảng Ngãi', 'quang ngai'],
    ['Izumisano', 'izumisano'],
    // NFC and NFD input fold alike.
    ['Bi\u0300nh Đi\u0323nh', 'binh dinh'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex(fixtureGraph());
  it.each([
    ['binh dinh', 'Bình Định'],
    ['BINH', 'Bình Định'],
    ['dinh', 'Bình Định'],
    ['izumi', 'Izumisano'],
    ['yoshihiko', 'Matsushita Yoshihiko'],
    ['tran chau', 'Trần Châu'],
    ['<img', HOSTILE_NAME],
  ])('%j finds %j first', (query, label) => {
    expect(index.search(query)[0]?.label).toBe(label);
  });

  it.each(['', '   ', 'hanoi'])('%j finds nothing', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('ranks an exact name before names that merely contain it', () => {
    expect(index.search('osaka').map((hit) => hit.label)[0]).toBe('Osaka');
  });
});
