import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCypher, pushGraph } from '../../src/neo4j/index.js';
import { fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { MARKER, openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/importCypher.test.ts');

/** Statements as cypher-shell reads them: each ends with ";" at the end of a line (string literals never hold a raw newline). */
function statements(script: string): string[] {
  return script
    .split(/;\n/)
    .map((s) => s.trim())
    .filter((s) => s.split('\n').some((line) => line.trim() !== '' && !line.startsWith('//')));
}

describe.skipIf(!target)('import.cypher against a real Neo4j', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(target!);
  }, 180_000);
  afterAll(async () => db?.release());

  async function dump() {
    const { driver, database } = db;
    const nodes = await driver.executeQuery(`MATCH (n) WHERE NOT n:${MARKER} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`, {}, { database });
    const rels = await driver.executeQuery(
      'MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY source, type, target',
      {},
      { database },
    );
    return { nodes: nodes.records.map((r) => r.toObject()), relationships: rels.records.map((r) => r.toObject()) };
  }

  it('runs statement by statement and gives exactly what a push gives, twice over', async () => {
    const graph = fixtureGraph({ second: true, hostile: true });
    const script = importCypher(graph, 3);
    await db.wipe();
    for (let run = 0; run < 2; run++) {
      for (const statement of statements(script)) await db.driver.executeQuery(statement, {}, { database: db.database });
    }
    const imported = await dump();
    expect(imported.nodes).toHaveLength(graph.order);
    expect(imported.relationships).toHaveLength(graph.size);

    await db.wipe();
    await pushGraph(db.driver, graph, { database: db.database });
    expect(imported).toEqual(await dump());
  });
});
