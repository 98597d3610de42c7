import type { Driver, ResultSummary } from 'neo4j-driver';
import type { KgGraph } from '../types.js';
import { constraintStatements, mergeNodesQuery, mergeRelationshipsQuery } from './cypher.js';
import { NODE_LABELS } from './schema.js';
import { toRows } from './toRows.js';
import { nodeWireRow, relationshipWireRow } from './toWireRow.js';

export interface PushOptions {
  database?: string | undefined;
  /** Rows per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once within a phase (nodes, then relationships). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PushStats {
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  seconds: number;
  /** Time spent on node batches and on relationship batches (constraints excluded). */
  nodeSeconds: number;
  relationshipSeconds: number;
}

/** Codes of a constraint that a concurrent push created between our IF NOT EXISTS check and our creation. */
const CONSTRAINT_RACE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

/**
 * Loads the graph with batched, parameterized MERGE statements in write transactions
 * (retried by the driver on transient errors). Idempotent; safe to run concurrently.
 */
export async function pushGraph(driver: Driver, graph: KgGraph, options: PushOptions = {}): Promise<PushStats> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const { nodes, relationships } = toRows(graph);
  const jobs: Array<{ query: string; rows: unknown[]; nodes: boolean }> = [];
  for (const label of NODE_LABELS) {
    for (let i = 0; i < nodes[label].length; i += batchSize) {
      jobs.push({ query: mergeNodesQuery(label), rows: nodes[label].slice(i, i + batchSize).map(nodeWireRow), nodes: true });
    }
  }
  for (const group of relationships) {
    for (let i = 0; i < group.rows.length; i += batchSize) {
      jobs.push({ query: mergeRelationshipsQuery(group.type, group.from, group.to), rows: group.rows.slice(i, i + batchSize).map(relationshipWireRow), nodes: false });
    }
  }
  const total = graph.order + graph.size;
  const stats: PushStats = {
    nodes: graph.order, relationships: graph.size, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0,
    seconds: 0, nodeSeconds: 0, relationshipSeconds: 0,
  };

  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of constraintStatements()) {
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (error) {
        if (!CONSTRAINT_RACE.test(String((error as { code?: unknown }).code))) throw error;
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  let done = 0;
  options.onProgress?.(done, total);
  // Nodes first, all of them: relationship batches MATCH their end nodes.
  for (const phase of [jobs.filter((j) => j.nodes), jobs.filter((j) => !j.nodes)]) {
    const phaseStarted = performance.now();
    let next = 0;
    const worker = async () => {
      const worker = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
      try {
        while (next < phase.length) {
          const job = phase[next++]!;
          const summary: ResultSummary = await worker.executeWrite(async (tx) => (await tx.run(job.query, { rows: job.rows })).summary);
          const counters = summary.counters.updates();
          stats.nodesCreated += counters.nodesCreated;
          stats.relationshipsCreated += counters.relationshipsCreated;
          stats.propertiesSet += counters.propertiesSet;
          done += job.rows.length;
          options.onProgress?.(done, total);
        }
      } finally {
        await worker.close();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
    const seconds = (performance.now() - phaseStarted) / 1000;
    if (phase[0]?.nodes) stats.nodeSeconds = seconds;
    else stats.relationshipSeconds = seconds;
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
