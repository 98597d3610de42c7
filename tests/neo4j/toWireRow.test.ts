import { describe, expect, it } from 'vitest';
import { nodeWireRow, relationshipWireRow } from '../../src/neo4j/toWireRow.js';

describe('nodeWireRow', () => {
  it.each([
    [
      'keeps values, drops nulls and empty lists, keeps false and 0',
      { id: 'n', props: { name: 'Osaka', country: null, lat: 0, flag: false }, lists: { variants: ['Osaka'], formerUnits: [] }, date: null, year: null },
      { id: 'n', props: { name: 'Osaka', lat: 0, flag: false, variants: ['Osaka'] }, date: null, year: null },
    ],
    [
      'passes the date and year beside the properties',
      { id: 'e', props: { dateText: '2019-10-05' }, lists: {}, date: '2019-10-05', year: 2019 },
      { id: 'e', props: { dateText: '2019-10-05' }, date: '2019-10-05', year: 2019 },
    ],
  ])('%s', (_, row, wire) => {
    expect(nodeWireRow(row)).toEqual(wire);
  });
});

describe('relationshipWireRow', () => {
  it.each([
    [
      'splits evidence into three parallel lists',
      { evidence: [['a1', 'S1.', 'r1'], ['a2', 'S2.', 'r2']] as [string, string, string][] },
      { evidenceArticles: ['a1', 'a2'], evidenceSentences: ['S1.', 'S2.'], evidenceRules: ['r1', 'r2'] },
    ],
    ['leaves out evidence when there is none', { evidence: [] as [string, string, string][] }, {}],
  ])('%s', (_, { evidence }, expected) => {
    const row = { id: 'VISITED:a|b', source: 'a', target: 'b', props: { undirected: false, kind: null }, lists: { dates: [], articles: ['a1'] }, date: null, year: null, evidence };
    expect(relationshipWireRow(row)).toEqual({
      id: 'VISITED:a|b', source: 'a', target: 'b', props: { undirected: false, articles: ['a1'], ...expected }, date: null, year: null,
    });
  });
});
