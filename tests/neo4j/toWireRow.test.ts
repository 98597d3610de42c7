import { describe, expect, it } from 'vitest';
import { mentionWireRow, nodeWireRow, relationshipWireRow } from '../../src/neo4j/toWireRow.js';

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

describe('mentionWireRow', () => {
  const mention = (source: string, evidence: [string, string, string][]) => ({
    id: `MENTIONED_IN:${source}|article:a1`, source, target: 'article:a1', props: { undirected: false }, lists: { articles: ['a1'], rules: ['mention'] },
    date: '2019-10-05', year: 2019, evidence,
  });
  it.each([
    ['keeps only the sentences of each mention', [mention('p', [['a1', 'S1.', 'mention']]), mention('q', [['a1', 'S2.', 'mention']])], [{ source: 'p', props: { evidenceSentences: ['S1.'] } }, { source: 'q', props: { evidenceSentences: ['S2.'] } }]],
    ['keeps no property when there is no evidence', [mention('p', [])], [{ source: 'p', props: {} }]],
  ])('%s', (_, rows, mentions) => {
    expect(mentionWireRow('article:a1', rows)).toEqual({ target: 'article:a1', mentions });
  });
});
