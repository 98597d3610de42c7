import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pushGraph } from '../../src/neo4j/index.js';
import { fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { dump, runImportCypher } from './runImportCypher.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/importCypher.test.ts');
const importDir = inject('neo4j').importDir;
if (target && !importDir) console.warn('\n!!! tests/neo4j/importCypher.test.ts: SKIPPING: set NEO4J_IMPORT_DIR to the server\'s import folder\n');

describe.skipIf(!target || !importDir)('import.cypher against a real Neo4j', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(target!);
  }, 180_000);
  afterAll(async () => db?.release());

  it('runs statement by statement and gives exactly what a push gives, twice over', async () => {
    const graph = fixtureGraph({ second: true, hostile: true });
    await db.wipe();
    let script = '';
    for (let run = 0; run < 2; run++) script = await runImportCypher(db, graph, importDir!, 3);
    const imported = await dump(db);
    expect(imported.nodes).toHaveLength(graph.order);
    expect(imported.relationships).toHaveLength(graph.size);

    await db.wipe();
    await pushGraph(db.driver, graph, { database: db.database });
    expect(imported).toEqual(await dump(db));
    // A fixed set of statements, whatever the graph: no row values in the script.
    expect(script).not.toContain('Bình Định');
  }, 180_000);
});
