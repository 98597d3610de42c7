#!/usr/bin/env node
// node bench/neo4j-import.mjs <graph.json> <import dir of the server> [--runs N]
//
// Times import.cypher (`kg neo4j export`): writes the export into the server's LOAD CSV folder
// (e.g. a server started with `NEO4J_IMPORT_DIR=<dir> npm run neo4j`), empties the database, runs
// the script statement by statement in auto-commit transactions as `cypher-shell -f` does, and
// prints the seconds and the counts. Then the same script again (nothing new: the update passes).
// Neo4j from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (default: `npm run neo4j`). THE DATABASE IS EMPTIED.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { connect, exportGraph, readGraphFile } = await import(join(root, 'dist', 'neo4j', 'index.js'));
const [graphPath, dir, ...rest] = process.argv.slice(2);
if (!graphPath || !dir) {
  process.stderr.write('usage: node bench/neo4j-import.mjs <graph.json> <import dir of the server> [--runs N]\n');
  process.exit(2);
}
const runs = rest[0] === '--runs' ? Number(rest[1]) : 1;

const graph = await readGraphFile(graphPath);
await exportGraph(graph, dir);
const script = await readFile(join(dir, 'import.cypher'), 'utf8');
const statements = script.split(/;\n/).map((s) => s.trim()).filter((s) => s.split('\n').some((l) => l.trim() !== '' && !l.startsWith('//')));
const driver = await connect({
  uri: process.env.NEO4J_URI || 'bolt://127.0.0.1:7687', user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || 'kg-vnjp-local',
});
const run = async (query) => {
  const session = driver.session();
  try {
    return await session.run(query);
  } finally {
    await session.close();
  }
};
const count = async (query) => (await run(query)).records[0].get(0).toNumber();
const load = async () => {
  const started = performance.now();
  for (const statement of statements) await run(statement);
  return (performance.now() - started) / 1000;
};
try {
  process.stdout.write(`bench:neo4j-import: ${graph.order} nodes, ${graph.size} relationships, ${statements.length} statements\n`);
  for (let i = 1; i <= runs; i++) {
    await run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    const seconds = await load();
    const nodes = await count('MATCH (n) RETURN count(n)');
    const relationships = await count('MATCH ()-[r]->() RETURN count(r)');
    process.stdout.write(`  run ${i}: ${seconds.toFixed(1)} s, ${nodes} nodes, ${relationships} relationships (${Math.round(relationships / seconds)} relationships/s overall)\n`);
  }
  process.stdout.write(`  again (nothing new): ${(await load()).toFixed(1)} s\n`);
} finally {
  await driver.close();
}
