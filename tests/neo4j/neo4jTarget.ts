import { inject } from 'vitest';
import type { ConnectOptions } from '../../src/neo4j/index.js';
import type {} from '../setup/neo4j.js';

/**
 * Where the integration tests find Neo4j: what tests/setup/neo4j.ts provides (NEO4J_URI… when
 * set, else a local server it started). Null, with a loud warning, when it could start none:
 * the setup itself fails the run in CI, so a skip can only happen outside CI.
 */
export function neo4jTarget(file: string): ConnectOptions | null {
  const { target, reason } = inject('neo4j');
  if (target) return target;
  if (process.env.CI) throw new Error(`${file}: CI is set but no Neo4j is available (${reason}): the Neo4j integration tests must run in CI`);
  console.warn(`\n!!! ${file}: SKIPPING the Neo4j integration tests: ${reason}\n`);
  return null;
}
