import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminCsv, importCypher, pushGraph } from '../../src/neo4j/index.js';
import type { KgGraph } from '../../src/types.js';
import { fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { MARKER, openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/importCypher.test.ts');
const importDir = inject('neo4j').importDir;
if (target && !importDir) console.warn('\n!!! tests/neo4j/importCypher.test.ts: SKIPPING: set NEO4J_IMPORT_DIR to the server\'s import folder\n');

/** Statements as cypher-shell reads them: each ends with ";" at the end of a line. */
export function statements(script: string): string[] {
  return script
    .split(/;\n/)
    .map((s) => s.trim())
    .filter((s) => s.split('\n').some((line) => line.trim() !== '' && !line.startsWith('//')));
}

/** Writes the CSVs where the server's LOAD CSV reads, and runs import.cypher as cypher-shell does: auto-commit, statement by statement. */
export async function runImportCypher(db: TestDatabase, graph: KgGraph, folder: string, batchSize?: number): Promise<string> {
  const csv = adminCsv(graph);
  for (const [name, text] of csv.files) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), text);
  }
  const script = importCypher(graph, csv, batchSize);
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements(script)) await session.run(statement);
  } finally {
    await session.close();
  }
  return script;
}

export async function dump(db: TestDatabase) {
  const { driver, database } = db;
  const nodes = await driver.executeQuery(`MATCH (n) WHERE NOT n:${MARKER} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`, {}, { database });
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY source, type, target',
    {},
    { database },
  );
  return { nodes: nodes.records.map((r) => r.toObject()), relationships: rels.records.map((r) => r.toObject()) };
}

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
