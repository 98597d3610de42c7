import type { Driver } from 'neo4j-driver';
import type { KgGraph } from '../types.js';
import { schemaName, schemaStatements, nodeStatements, relationshipStatements } from './cypher.js';
import { startLoad } from './freshLoad.js';
import { interleave } from './internal/interleave.js';
import { isUnreachable, writeWithRetry } from './internal/writeWithRetry.js';
import { PUSH_DEFAULTS } from './pushDefaults.js';
import { NODE_LABELS } from './schema.js';
import { toRows } from './toRows.js';
import { relationshipBatches } from './relationshipBatches.js';
import { nodeWireRow } from './toWireRow.js';
import { writeBatch, type BatchJob } from './writeBatch.js';

export interface PushOptions {
  database?: string | undefined;
  /** Rows per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once within a phase (nodes, then relationships). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** How long a transaction is retried after the server stops answering (or a deadlock), in seconds. */
  retrySeconds?: number;
  /** Called once, at the first failure to reach the server, when the push starts retrying (for up to retrySeconds). */
  onUnreachable?: (error: unknown) => void;
}

export interface PushStats {
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** True when the database held none of the graph's labels, so the push created instead of merging (see freshLoad.ts). */
  created: boolean;
  seconds: number;
  /** Time spent on node batches and on relationship batches (constraints excluded). */
  nodeSeconds: number;
  relationshipSeconds: number;
}

/** Codes of a constraint that a concurrent push created between our IF NOT EXISTS check and our creation. */
const CONSTRAINT_RACE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

/**
 * Loads the graph with batched, parameterized statements in write transactions (retried on
 * transient errors): CREATE into a database that holds none of the graph's labels, MERGE
 * otherwise (freshLoad.ts). Idempotent; safe to run concurrently.
 */
export async function pushGraph(driver: Driver, graph: KgGraph, options: PushOptions = {}): Promise<PushStats> {
  const started = performance.now();
  const batchSize = options.batchSize ?? PUSH_DEFAULTS.batchSize;
  const { nodes, relationships } = toRows(graph);
  const jobs: BatchJob[] = [];
  for (const label of NODE_LABELS) {
    for (let i = 0; i < nodes[label].length; i += batchSize) {
      const rows = nodes[label].slice(i, i + batchSize).map(nodeWireRow);
      jobs.push({ statements: nodeStatements(label), rows, count: rows.length, nodes: true });
    }
  }
  for (const group of relationships) {
    const statements = relationshipStatements(group.type, group.from, group.to);
    for (const batch of relationshipBatches(group, batchSize)) jobs.push({ statements, rows: batch.rows, count: batch.relationships, nodes: false });
  }
  const total = graph.order + graph.size;
  const stats: PushStats = {
    nodes: graph.order, relationships: graph.size, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, created: false,
    seconds: 0, nodeSeconds: 0, relationshipSeconds: 0,
  };

  let told = false;
  const retry = {
    retrySeconds: options.retrySeconds ?? PUSH_DEFAULTS.retrySeconds,
    onRetry: (error: unknown) => {
      if (told || !isUnreachable(error)) return;
      told = true;
      options.onUnreachable?.(error);
    },
  };
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    // Only what is missing: each schema statement costs a schema lock and a plan, even when it exists.
    const existing = new Set((await session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names')).records[0]!.get('names') as string[]);
    for (const statement of schemaStatements().filter((s) => !existing.has(schemaName(s)))) {
      try {
        await writeWithRetry(session, (tx) => tx.run(statement), retry);
      } catch (error) {
        if (!CONSTRAINT_RACE.test(String((error as { code?: unknown }).code))) throw error;
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  const load = await startLoad(driver, options.database);
  try {
    let done = 0;
    options.onProgress?.(done, total);
    // Nodes first, all of them: relationship batches MATCH their end nodes.
    const concurrency = Math.max(1, options.concurrency ?? PUSH_DEFAULTS.concurrency);
    for (const phase of [jobs.filter((j) => j.nodes), jobs.filter((j) => !j.nodes)].map((p) => interleave(p, concurrency))) {
      const phaseStarted = performance.now();
      if (phase[0] && !phase[0].nodes) {
        // A merging push writes no relationship while a push that creates them may share its nodes.
        if (!load.fresh) await load.waitForOthers();
      }
      let next = 0;
      const worker = async () => {
        const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
        try {
          while (next < phase.length) {
            const job = phase[next++]!;
            const counts = await writeBatch(session, job, load, retry);
            stats.nodesCreated += counts.nodesCreated;
            stats.relationshipsCreated += counts.relationshipsCreated;
            stats.propertiesSet += counts.propertiesSet;
            done += job.count;
            options.onProgress?.(done, total);
          }
        } finally {
          await session.close();
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = (performance.now() - phaseStarted) / 1000;
      if (phase[0]?.nodes) stats.nodeSeconds = seconds;
      else stats.relationshipSeconds = seconds;
    }
    stats.created = load.fresh;
  } finally {
    // A marker left behind (server gone) expires by itself; the push's own error matters more.
    await load.end().catch(() => undefined);
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
