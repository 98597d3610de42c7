import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect, NODE_LABELS, type ConnectOptions } from '../../src/neo4j/index.js';

/**
 * Exclusive use of the test database across vitest's parallel test files (Community Neo4j has
 * one user database): a mkdir lock, then the database is emptied.
 */
export interface TestDatabase {
  driver: Driver;
  database: string | undefined;
  wipe(): Promise<void>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  release(): Promise<void>;
}

const STALE_MS = 10 * 60_000;

export async function openTestDatabase(target: ConnectOptions): Promise<TestDatabase> {
  const lock = join(tmpdir(), `kg-vnjp-neo4j-tests-${target.uri.replace(/[^A-Za-z0-9]+/g, '_')}.lock`);
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_MS) await rm(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited too long for the Neo4j test lock ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const driver = await connect(target);
  const database = target.database;
  const { records } = await driver.executeQuery('CALL db.labels() YIELD label RETURN collect(label) AS labels', {}, { database });
  const foreign = (records[0]!.get('labels') as string[]).filter((l) => !(NODE_LABELS as readonly string[]).includes(l));
  if (foreign.length > 0) {
    await driver.close();
    await rm(lock, { recursive: true, force: true });
    throw new Error(`refusing to empty ${target.uri}: it holds labels the tests did not create (${foreign.join(', ')}); use a scratch database`);
  }
  const db: TestDatabase = {
    driver,
    database,
    async wipe() {
      await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
    },
    async counts() {
      const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
      const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c', {}, { database });
      return { nodes: n.records[0]!.get('c').toNumber(), relationships: r.records[0]!.get('c').toNumber() };
    },
    async release() {
      await driver.close();
      await rm(lock, { recursive: true, force: true });
    },
  };
  await db.wipe();
  return db;
}
