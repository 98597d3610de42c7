import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { LOADING_LABEL, pushGraph } from '../../src/neo4j/index.js';
import { A1, A2, HOSTILE_NAME, S_AGREEMENT, S_SECOND, S_VISIT, fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/pushGraph.test.ts');

describe.skipIf(!target)('pushGraph against a real Neo4j', () => {
  let db: TestDatabase;
  let driver: Driver;
  const one = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: db.database })).records[0]!.toObject();

  beforeAll(async () => {
    db = await openTestDatabase(target!);
    driver = db.driver;
  }, 180_000);
  afterAll(async () => db?.release());
  beforeEach(async () => db.wipe());

  it('creates the uniqueness constraints (one per label) and loads every node and edge', async () => {
    const graph = fixtureGraph();
    const stats = await pushGraph(driver, graph, { database: db.database });
    expect(stats).toMatchObject({ nodesCreated: graph.order, relationshipsCreated: graph.size });
    expect(await db.counts()).toEqual({ nodes: graph.order, relationships: graph.size });
    const { n } = await one("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'kg_' RETURN count(*) AS n");
    expect(n.toNumber()).toBe(5);
  });

  it('is idempotent: a second push changes no counts and creates nothing', async () => {
    const graph = fixtureGraph();
    await pushGraph(driver, graph, { database: db.database });
    const again = await pushGraph(driver, graph, { database: db.database, batchSize: 3 });
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await db.counts()).toEqual({ nodes: graph.order, relationships: graph.size });
  });

  it('types properties: Date for full dates, text + integer year for partial ones, points, evidence lists', async () => {
    await pushGraph(driver, fixtureGraph({ second: true }), { database: db.database });
    const agreement = await one(
      `MATCH (:Locality {id: 'locality:JP:izumisano'})-[r:AGREEMENT]-(:Locality {id: 'locality:VN:binh-dinh'})
       RETURN r.dateText AS text, r.year AS year, r.date AS date, r.kind AS kind, r.undirected AS undirected,
              r.evidenceSentences AS sentences, r.evidenceArticles AS articles, r.evidenceRules AS rules`,
    );
    expect(agreement).toMatchObject({ text: '2019-10', date: null, kind: 'friendship', undirected: true, sentences: [S_AGREEMENT], articles: [A1], rules: ['agreement:ky-ket'] });
    expect(agreement.year.toNumber()).toBe(2019);
    const event = await one(`MATCH (e:Event {id: $id}) RETURN toString(e.date) AS date, e.year AS year, e.dateText AS text, e.date IS :: DATE AS isDate`, { id: `event:${A2}:1` });
    expect(event).toMatchObject({ date: '2020-03-05', text: '2020-03-05', isDate: true });
    expect(event.year.toNumber()).toBe(2020);
    const place = await one(`MATCH (l:Locality {id: 'locality:JP:izumisano'}) RETURN l.location.latitude AS lat, l.location.longitude AS lng, l.location.srid AS srid, l.country AS country`);
    expect(place).toMatchObject({ lat: 34.41667, lng: 135.31667, country: 'JP' });
    expect(place.srid.toNumber()).toBe(4326);
  });

  it('grows lists on a push of a bigger graph, without duplicates, and never shrinks them', async () => {
    await pushGraph(driver, fixtureGraph(), { database: db.database });
    const bigger = fixtureGraph({ second: true });
    await pushGraph(driver, bigger, { database: db.database });
    await pushGraph(driver, bigger, { database: db.database });
    await pushGraph(driver, fixtureGraph(), { database: db.database });
    expect(await db.counts()).toEqual({ nodes: bigger.order, relationships: bigger.size });
    const node = await one(`MATCH (l:Locality {id: 'locality:VN:binh-dinh'}) RETURN l.articles AS articles, l.variants AS variants`);
    expect(node).toEqual({ articles: [A1, A2], variants: ['Bình Định', 'tỉnh Bình Định'] });
    const visit = await one(
      `MATCH (:Locality {id: 'locality:JP:izumisano'})-[r:VISITED]->(:Locality {id: 'locality:VN:binh-dinh'})
       RETURN r.articles AS articles, r.dates AS dates, r.rules AS rules, r.evidenceSentences AS sentences, r.evidenceArticles AS evidenceArticles`,
    );
    expect(visit).toEqual({
      articles: [A1, A2], dates: ['2019', '2020-03-05'], rules: ['visit:delegation', 'visit:tham'],
      sentences: [S_VISIT, S_SECOND], evidenceArticles: [A1, A2],
    });
  });

  it('creates into an empty database, merges into one that holds data, and leaves no marker', async () => {
    const graph = fixtureGraph();
    expect(await pushGraph(driver, graph, { database: db.database, batchSize: 2 })).toMatchObject({ created: true, nodesCreated: graph.order, relationshipsCreated: graph.size });
    expect(await pushGraph(driver, fixtureGraph({ second: true }), { database: db.database })).toMatchObject({ created: false });
    expect((await one(`MATCH (m:${LOADING_LABEL}) RETURN count(m) AS n`)).n.toNumber()).toBe(0);
  });

  it('writes no relationship while a push that creates may share its nodes, and ignores the marker of a killed one', async () => {
    const graph = fixtureGraph();
    await pushGraph(driver, graph, { database: db.database });
    await driver.executeQuery('MATCH ()-[r]->() DELETE r', {}, { database: db.database });
    await driver.executeQuery(`CREATE (:${LOADING_LABEL} {id: 'live', at: timestamp()}), (:${LOADING_LABEL} {id: 'killed', at: timestamp() - 60000})`, {}, { database: db.database });
    let finished = false;
    const push = pushGraph(driver, graph, { database: db.database }).then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(finished).toBe(false);
    expect((await db.counts()).relationships).toBe(0);
    await driver.executeQuery(`MATCH (m:${LOADING_LABEL} {id: 'live'}) DELETE m`, {}, { database: db.database });
    await push;
    expect((await db.counts()).relationships).toBe(graph.size);
    expect((await one(`MATCH (m:${LOADING_LABEL}) RETURN count(m) AS n`)).n.toNumber()).toBe(0);
  });

  it.each([1, 2, 3])('ends with no duplicates when pushes run at the same time (round %i)', async () => {
    const small = fixtureGraph();
    const bigger = fixtureGraph({ second: true });
    await Promise.all([
      pushGraph(driver, small, { database: db.database, batchSize: 2 }),
      pushGraph(driver, bigger, { database: db.database, batchSize: 3 }),
      pushGraph(driver, bigger, { database: db.database, batchSize: 1 }),
      pushGraph(driver, small, { database: db.database, batchSize: 5 }),
    ]);
    expect(await db.counts()).toEqual({ nodes: bigger.order, relationships: bigger.size });
    const dup = await one('MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n');
    expect(dup.n.toNumber()).toBe(0);
    const visit = await one(`MATCH (:Person {id: 'person:matsushita-yoshihiko'})-[r:MET]-(:Person {id: 'person:tran-chau'}) RETURN r.articles AS a, size(r.evidenceSentences) AS s`);
    expect([...visit.a].sort()).toEqual([A1, A2]);
    expect(visit.s.toNumber()).toBe(2);
  });

  it('stores hostile strings literally and deletes nothing', async () => {
    const graph = fixtureGraph({ hostile: true });
    await pushGraph(driver, graph, { database: db.database });
    expect(await db.counts()).toEqual({ nodes: graph.order, relationships: graph.size });
    const org = await one(`MATCH (o:Organization {id: 'org:hostile'})-[r:MENTIONED_IN]->() RETURN o.name AS name, o.variants AS variants, r.evidenceSentences AS s, keys(r) AS keys`);
    const attrs = graph.getNodeAttributes('org:hostile') as { variants: string[] };
    const edge = graph.getEdgeAttributes(`MENTIONED_IN:org:hostile|article:${A1}`);
    expect(org).toEqual({ name: HOSTILE_NAME, variants: attrs.variants, s: [edge.evidence[0]!.sentence], keys: ['evidenceSentences'] });
  });
});
