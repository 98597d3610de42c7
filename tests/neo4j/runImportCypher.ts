import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { adminCsv, importCypher } from '../../src/neo4j/index.js';
import type { KgGraph } from '../../src/types.js';
import { MARKER, type TestDatabase } from './testDatabase.js';

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

