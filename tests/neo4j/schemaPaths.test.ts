import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportGraph, pushGraph, schemaName, schemaStatements } from '../../src/neo4j/index.js';
import { fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { runImportCypher, statements } from './runImportCypher.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/schemaPaths.test.ts');
const importDir = inject('neo4j').importDir;

/** Names of the constraints and indexes of schemaStatements(); a constraint's backing index has the constraint's name. */
const EXPECTED = schemaStatements().map(schemaName).sort();

describe.skipIf(!target || !importDir)('constraints and indexes after every load path', () => {
  let db: TestDatabase;
  let dir: string;
  const run = async (query: string, params: Record<string, unknown> = {}) => (await db.driver.executeQuery(query, params, { database: db.database })).records;
  beforeAll(async () => {
    db = await openTestDatabase(target!);
    dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-schema-'));
  }, 180_000);
  afterAll(async () => {
    await db?.release();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function dropSchema() {
    for (const r of await run("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'kg_' RETURN name")) await run(`DROP CONSTRAINT ${r.get('name')}`);
    for (const r of await run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'kg_' RETURN name")) await run(`DROP INDEX ${r.get('name')}`);
    await db.wipe();
  }
  const indexNames = async () => (await run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'kg_' RETURN name")).map((r) => r.get('name') as string).sort();

  async function expectReadyToQuery() {
    expect(await indexNames()).toEqual(EXPECTED);
    await run('CALL db.awaitIndexes(300)');
    const found = await run("CALL db.index.fulltext.queryNodes('kg_names', 'binh dinh') YIELD node RETURN node.name AS name LIMIT 1");
    expect(found.map((r) => r.get('name'))).toEqual(['Bình Định']);
    const near = await run(
      'MATCH (o:Locality {name: $name}) MATCH (l:Locality) WHERE point.distance(l.location, o.location) < 100000 AND l <> o RETURN l.name AS name',
      { name: 'Osaka' },
    );
    expect(near.map((r) => r.get('name'))).toEqual(['Izumisano']);
  }

  it('a push creates them', async () => {
    await dropSchema();
    await pushGraph(db.driver, fixtureGraph(), { database: db.database });
    await expectReadyToQuery();
  }, 120_000);

  it('import.cypher creates them', async () => {
    await dropSchema();
    await runImportCypher(db, fixtureGraph(), importDir!);
    await expectReadyToQuery();
  }, 300_000);

  it('schema.cypher, the step after neo4j-admin import, creates them', async () => {
    await dropSchema();
    const graph = fixtureGraph();
    await exportGraph(graph, dir);
    // The data as neo4j-admin leaves it: loaded, with no constraint or index.
    await runImportCypher(db, graph, importDir!);
    for (const r of await run("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'kg_' RETURN name")) await run(`DROP CONSTRAINT ${r.get('name')}`);
    for (const r of await run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'kg_' RETURN name")) await run(`DROP INDEX ${r.get('name')}`);
    for (const statement of statements(await readFile(join(dir, 'schema.cypher'), 'utf8'))) await run(statement);
    await expectReadyToQuery();
    expect(await readFile(join(dir, 'neo4j-admin-import.sh'), 'utf8')).toContain('schema.cypher');
  }, 300_000);
});
