import type { ConnectOptions } from '../../src/neo4j/index.js';

/**
 * Where the integration tests find Neo4j: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
 * Without NEO4J_URI they fail in CI and are skipped, loudly, elsewhere.
 * They delete everything in that database: point them at a scratch server (tools/neo4j-local/start.sh).
 */
export function neo4jTarget(file: string): ConnectOptions | null {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    const how = 'start one with `bash tools/neo4j-local/start.sh` and set NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=kg-vnjp-local';
    if (process.env.CI) throw new Error(`${file}: CI is set but NEO4J_URI is not — the Neo4j integration tests must run in CI: ${how}`);
    console.warn(`\n!!! ${file}: SKIPPING Neo4j integration tests: NEO4J_URI is not set (${how}).\n`);
    return null;
  }
  return {
    uri,
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD || 'kg-vnjp-local',
    database: process.env.NEO4J_DATABASE || undefined,
  };
}
