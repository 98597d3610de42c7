import { describe, expect, it } from 'vitest';
import { relationshipBatches } from '../../src/neo4j/relationshipBatches.js';
import type { RelationshipGroup, RelationshipRow } from '../../src/neo4j/toRows.js';
import type { RelationshipType } from '../../src/neo4j/schema.js';

const row = (source: string, target: string): RelationshipRow => ({
  id: `X:${source}|${target}`, source, target, props: {}, lists: {}, date: null, year: null, evidence: [[target, `${source} in ${target}.`, 'r']],
});
const group = (type: RelationshipType, rows: RelationshipRow[]): RelationshipGroup => ({ type, from: 'Person', to: 'Article', rows });
/** A batch as `source>target` per relationship, to read the order at a glance. */
const shape = (type: RelationshipType, rows: RelationshipRow[], size: number) =>
  relationshipBatches(group(type, rows), size).map((b) => ({
    relationships: b.relationships,
    rows: b.rows.map((r) => ('mentions' in r ? r.mentions.map((m) => `${m.source}>${r.target}`).join(' ') : `${r.source}>${r.target}`)),
  }));

describe('relationshipBatches', () => {
  it.each([
    [
      'sorts by end node, then start node, and cuts every `size` rows',
      'MET' as const, [row('b', 't2'), row('a', 't2'), row('c', 't1')], 2,
      [{ relationships: 2, rows: ['c>t1', 'a>t2'] }, { relationships: 1, rows: ['b>t2'] }],
    ],
    [
      'sends the mentions of one article as one row',
      'MENTIONED_IN' as const, [row('b', 't2'), row('a', 't2'), row('c', 't1')], 5,
      [{ relationships: 3, rows: ['c>t1', 'a>t2 b>t2'] }],
    ],
    [
      'never splits an article across batches, so a batch may hold more than `size`',
      'MENTIONED_IN' as const, [row('a', 't1'), row('b', 't2'), row('c', 't2'), row('d', 't2'), row('e', 't3')], 2,
      [{ relationships: 1, rows: ['a>t1'] }, { relationships: 3, rows: ['b>t2 c>t2 d>t2'] }, { relationships: 1, rows: ['e>t3'] }],
    ],
    ['gives no batch for no rows', 'MENTIONED_IN' as const, [], 2, []],
  ])('%s', (_, type, rows, size, expected) => {
    expect(shape(type, rows, size)).toEqual(expected);
  });
});
