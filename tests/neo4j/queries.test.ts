import { isDate, isInt, isPoint, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushGraph } from '../../src/neo4j/index.js';
import { exampleQueries } from './exampleQueries.js';
import { A1, A2, S_AGREEMENT, S_SECOND, S_VISIT, fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { seedsGraph } from './seedsGraph.js';
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

/** Exact rows of each example query on the fixture graph with both articles (`first`: the best match, for a ranked search). */
const EXPECTED: Record<string, unknown[] | { first: Record<string, unknown> }> = {
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
  // Typed without diacritics.
  search: { first: { kind: 'Locality', name: 'Bình Định' } },
};

const SEED_000 = '000_654d7b4c454ee48d';
const SEED_VISIT = 'Tại Văn phòng UBND tỉnh Bình Định, Phó Chủ tịch UBND tỉnh Trần Châu có buổi tiếp và làm việc với Đoàn công tác của thành phố (TP) Izumisano thuộc phủ Osaka (Nhật Bản), do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn.';
const SEED_AGREEMENT = 'Đặc biệt, trong tháng 10/2019, lãnh đạo TP Izumisano và tỉnh Bình Định đã tiến hành ký kết thỏa thuận thiết lập mối quan hệ hữu nghị và hợp tác toàn diện, mở ra nhiều cơ hội phát triển cho 2 địa phương.';

/**
 * Rows each query must give on the graph built from seeds/, in this order (other rows may come
 * between them): facts read by hand from the seed articles, so the pipeline may learn more
 * without breaking these, but not get them wrong. Rows are matched as toMatchObject does.
 */
const SEEDS_EXPECTED: Record<string, Record<string, unknown>[]> = {
  agreements: [
    { japanese: 'Fukuoka', vietnamese: 'Hà Nội', kind: 'friendship', since: '2008', dates: expect.arrayContaining(['2008', '2010', '2013', '2018']) },
    { japanese: 'Yamaguchi', vietnamese: 'Bình Dương', kind: 'friendship', since: '2014' },
    { japanese: 'Izumisano', vietnamese: 'Bình Định', kind: 'friendship', since: '2019-10', dates: ['2019-10'] },
  ],
  visits: [
    { date: '2023-11-07', visitor: 'Osaka', host: 'Đà Nẵng', articles: ['003_f1e890e180064e94'] },
    { date: '2024-10-11', visitor: 'Quảng Nam', host: 'Kinokawa', leaders: ['Phan Thái Bình'], articles: ['001_ea99c35d3c8f3d62'] },
    // No date in the article (a text file without metadata): undated visits come last.
    { date: null, visitor: 'Izumisano', host: 'Bình Định', leaders: ['Matsushita Yoshihiko'], articles: [SEED_000] },
  ],
  meetings: [
    { person: 'Kawahara Kazuyasu', other: 'Phan Thái Bình', articles: 1 },
    { person: 'Matsushita Yoshihiko', other: 'Trần Châu', articles: 1 },
    { person: 'Wada Kenji', other: 'Phạm Quí Tiên', articles: 1 },
  ],
  neighbourhood: [
    { relation: 'AGREEMENT', direction: 'in', kind: 'Locality', other: 'Izumisano', date: '2019-10', evidence: [SEED_AGREEMENT] },
    { relation: 'HOLDS_POSITION', direction: 'in', kind: 'Person', other: 'Trần Châu', evidence: [SEED_VISIT] },
    { relation: 'VISITED', direction: 'in', kind: 'Locality', other: 'Izumisano', evidence: [SEED_VISIT] },
    { relation: 'VISITED', direction: 'in', kind: 'Person', other: 'Matsushita Yoshihiko', evidence: [SEED_VISIT] },
  ],
  sources: [{ article: SEED_000, sentence: SEED_VISIT }],
  partners: [
    { vietnamese: 'Hà Nội', japanese: expect.arrayContaining(['Fukuoka']) },
    { vietnamese: 'Bình Dương', partners: 1, japanese: ['Yamaguchi'] },
    { vietnamese: 'Bình Định', partners: 1, japanese: ['Izumisano'] },
  ],
  search: [{ kind: 'Locality', name: 'Bình Định' }],
};

/** Plan operators that read through an index: seeks and scans of property indexes, and relationship type lookups. */
const INDEX_OPERATOR = /Index(Seek|Scan|ContainsScan|EndsWithScan)|RelationshipTypeScan|ProcedureCall/;
/** Operators that read every node or relationship of the database. */
const FULL_SCAN = /^AllNodesScan|^AllRelationshipsScan/;

function operators(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

/** Fails unless every expected row matches an actual row, each one after the previous one's match. */
function expectRowsInOrder(actual: unknown[], expected: Record<string, unknown>[]): void {
  let from = 0;
  for (const row of expected) {
    const at = actual.findIndex((candidate, i) => i >= from && matches(candidate, row));
    if (at < 0) expect.fail(`no row matching ${JSON.stringify(row)} after row ${from} in ${JSON.stringify(actual, null, 1)}`);
    from = at + 1;
  }
}

function matches(candidate: unknown, row: Record<string, unknown>): boolean {
  try {
    expect(candidate).toMatchObject(row);
    return true;
  } catch {
    return false;
  }
}

describe('queries/examples.cypher', () => {
  it('has an expected result for every query, and a query for every expected result', () => {
    expect(exampleQueries().map((q) => q.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.skipIf(!target)('queries/examples.cypher against a real Neo4j, on the fixture graph', () => {
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
    const rows = records.map((r) => plain(r.toObject()));
    const expected = EXPECTED[name]!;
    if (Array.isArray(expected)) expect(rows).toEqual(expected);
    else expect(rows[0]).toMatchObject(expected.first);
  });

  // The fulltext procedure counts as an index read: it is one.
  it.each(exampleQueries().map((q) => [q.name, q] as const))('%s reads through an index, never every node (EXPLAIN)', async (_name, query) => {
    const { summary } = await driver.executeQuery(`EXPLAIN ${query.cypher}`, query.params, { database: db.database });
    const ops = operators(summary.plan as never);
    expect(ops.filter((o) => FULL_SCAN.test(o))).toEqual([]);
    expect(ops.some((o) => INDEX_OPERATOR.test(o)), ops.join(' ')).toBe(true);
  });
});

describe.skipIf(!target)('queries/examples.cypher against a real Neo4j, on the graph built from seeds/', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    const graph = await seedsGraph();
    db = await openTestDatabase(target!);
    await pushGraph(db.driver, graph, { database: db.database });
  }, 180_000);
  afterAll(async () => db?.release());

  it('has seed expectations for every query', () => {
    expect(Object.keys(SEEDS_EXPECTED).sort()).toEqual(exampleQueries().map((q) => q.name).sort());
  });

  it.each(exampleQueries().map((q) => [q.name, q] as const))('%s returns the rows the seed articles state', async (name, query) => {
    const { records } = await db.driver.executeQuery(query.cypher, query.params, { database: db.database });
    expectRowsInOrder(records.map((r) => plain(r.toObject())), SEEDS_EXPECTED[name]!);
  });
});
