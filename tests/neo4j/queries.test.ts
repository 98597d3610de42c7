import { isDate, isInt, isPoint, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushGraph } from '../../src/neo4j/index.js';
import { exampleQueries } from './exampleQueries.js';
import { A1, A2, S_AGREEMENT, S_SECOND, S_VISIT, fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/queries.test.ts');

/** Driver values as plain JSON: integers as numbers, dates as ISO text. */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isPoint(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Expected rows of each example query on the fixture graph with both articles. */
const EXPECTED: Record<string, unknown[]> = {
  agreements: [{ japanese: 'Izumisano', vietnamese: 'Bình Định', kind: 'friendship', since: '2019-10', dates: ['2019-10'] }],
  visits: [{ date: '2019', visitor: 'Izumisano', host: 'Bình Định', leaders: ['Matsushita Yoshihiko'], articles: [A1, A2] }],
  meetings: [{ person: 'Matsushita Yoshihiko', other: 'Trần Châu', articles: 2, dates: ['2019'] }],
  neighbourhood: [
    { relation: 'AGREEMENT', direction: 'in', kind: 'Locality', other: 'Izumisano', date: '2019-10', evidence: [S_AGREEMENT] },
    { relation: 'HELD_IN', direction: 'in', kind: 'Event', other: 'visit Izumisano → Bình Định', date: null, evidence: [S_VISIT] },
    { relation: 'HOLDS_POSITION', direction: 'in', kind: 'Person', other: 'Trần Châu', date: null, evidence: [S_VISIT] },
    { relation: 'VISITED', direction: 'in', kind: 'Locality', other: 'Izumisano', date: '2019', evidence: [S_VISIT, S_SECOND] },
    { relation: 'VISITED', direction: 'in', kind: 'Person', other: 'Matsushita Yoshihiko', date: '2019', evidence: [S_VISIT, S_SECOND] },
  ],
  sources: [
    { article: A1, title: 'Giao lưu học sinh trung học cơ sở giữa 2 địa phương của Việt Nam và Nhật Bản', url: null, sentence: S_VISIT, rule: 'visit:delegation' },
    { article: A2, title: 'Izumisano trở lại Bình Định', url: 'https://example.org/a2', sentence: S_SECOND, rule: 'visit:tham' },
  ],
  partners: [{ vietnamese: 'Bình Định', partners: 1, japanese: ['Izumisano'] }],
};

describe('queries/examples.cypher', () => {
  it('has an expected result for every query, and a query for every expected result', () => {
    expect(exampleQueries().map((q) => q.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.skipIf(!target)('queries/examples.cypher against a real Neo4j', () => {
  let db: TestDatabase;
  let driver: Driver;
  beforeAll(async () => {
    db = await openTestDatabase(target!);
    driver = db.driver;
    await pushGraph(driver, fixtureGraph({ second: true }), { database: db.database });
  }, 180_000);
  afterAll(async () => db?.release());

  it.each(exampleQueries().map((q) => [q.name, q] as const))('%s returns the expected rows', async (name, query) => {
    const { records } = await driver.executeQuery(query.cypher, query.params, { database: db.database });
    expect(records.map((r) => plain(r.toObject()))).toEqual(EXPECTED[name]);
  });
});
