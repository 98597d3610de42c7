import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../viewer/src/internal/dates.js';
import { decodeViewState, encodeViewState } from '../../viewer/src/urlState.js';
import { defaultViewState, type ViewState } from '../../viewer/src/ViewState.js';

const month = (value: string): number => monthIndex(value) ?? NaN;

describe('view state in the URL hash', () => {
  it.each<[string, Partial<ViewState>, string]>([
    ['defaults', {}, ''],
    ['a selected node', { selected: 'locality:VN:binh-dinh' }, '#node=locality%3AVN%3Abinh-dinh'],
    ['node types', { nodeTypes: new Set(['Person', 'Locality']) }, '#types=Person%2CLocality'],
    ['relations', { relationTypes: new Set(['VISITED']) }, '#rels=VISITED'],
    ['countries', { countries: new Set(['VN', '-']) }, '#countries=VN%2C-'],
    ['timeline', { timeline: { from: month('2019-01'), to: month('2019-12') } }, '#from=2019-01&to=2019-12'],
    ['geographic view', { geo: true }, '#geo=1'],
  ])('%s round-trips', (_name, change, hash) => {
    const state = { ...defaultViewState(), ...change };
    expect(encodeViewState(state)).toBe(hash);
    expect(decodeViewState(hash)).toEqual(state);
  });

  it.each<[string, Partial<ViewState>]>([
    ['#types=Person,Nonsense', { nodeTypes: new Set(['Person']) }],
    ['#rels=BOGUS', { relationTypes: new Set() }],
    ['#from=2020-05&to=2019-02', { timeline: { from: month('2019-02'), to: month('2020-05') } }],
    ['#from=garbage&to=2019-02', {}],
    ['#geo=yes', {}],
  ])('%j decodes leniently', (hash, change) => {
    expect(decodeViewState(hash)).toEqual({ ...defaultViewState(), ...change });
  });
});
