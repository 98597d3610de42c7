import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect, LOADING_LABEL, NODE_LABELS, type ConnectOptions } from '../../src/neo4j/index.js';

/**
 * Exclusive use of the test database across vitest's parallel test files (Community Neo4j has
 * one user database): a mkdir lock, then the database is emptied — but only a database that is
 * empty or holds the marker node of an earlier test run, never a user's graph.
 */
export interface TestDatabase {
  driver: Driver;
  database: string | undefined;
  wipe(): Promise<void>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  release(): Promise<void>;
}

const STALE_MS = 10 * 60_000;
/** Label of the one node that marks a database as the tests' scratch space; wipe() and counts() leave it out. */
export const MARKER = 'KgVnjpTestScratch';
export const MARK = `MERGE (:${MARKER} {id: 'kg-vnjp tests: this database may be emptied by them'})`;

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
  const database = target.database;
  let driver: Driver | undefined;
  let refusal: string | null;
  try {
    driver = await connect(target);
    refusal = await whyNotScratch(driver, database);
  } catch (error) {
    await driver?.close();
    await rm(lock, { recursive: true, force: true });
    throw error;
  }
  if (refusal) {
    await driver.close();
    await rm(lock, { recursive: true, force: true });
    throw new Error(`refusing to empty ${target.uri}: ${refusal}; point NEO4J_URI at a scratch database, or unset it to let the tests start their own`);
  }
  const db: TestDatabase = {
    driver,
    database,
    async wipe() {
      await driver.executeQuery(`MATCH (n) WHERE NOT n:${MARKER} DETACH DELETE n`, {}, { database });
    },
    async counts() {
      const n = await driver.executeQuery(`MATCH (n) WHERE NOT n:${MARKER} RETURN count(n) AS c`, {}, { database });
      const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c', {}, { database });
      return { nodes: n.records[0]!.get('c').toNumber(), relationships: r.records[0]!.get('c').toNumber() };
    },
    async release() {
      await driver.close();
      await rm(lock, { recursive: true, force: true });
    },
  };
  await driver.executeQuery(MARK, {}, { database });
  await db.wipe();
  return db;
}

/** Why the tests must not empty this database, or null when it is empty or marked as theirs. */
export async function whyNotScratch(driver: Driver, database: string | undefined): Promise<string | null> {
  const { records } = await driver.executeQuery(
    `CALL db.labels() YIELD label WITH collect(label) AS labels
     RETURN labels, EXISTS { MATCH (n) WHERE NOT n:${MARKER} } AS data, EXISTS { MATCH (:${MARKER}) } AS marked`,
    {}, { database },
  );
  const record = records[0]!;
  const foreign = (record.get('labels') as string[]).filter((l) => l !== MARKER && l !== LOADING_LABEL && !(NODE_LABELS as readonly string[]).includes(l));
  if (foreign.length > 0) return `it holds labels the tests did not create (${foreign.join(', ')})`;
  if (record.get('data') && !record.get('marked')) return 'it holds a graph that an earlier test run did not leave there';
  return null;
}
