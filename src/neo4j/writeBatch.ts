import neo4j, { type Session } from 'neo4j-driver';
import type { BatchStatements } from './cypher.js';
import type { FreshLoad } from './freshLoad.js';
import { writeOnce, writeWithRetry, type RetryOptions } from './internal/writeWithRetry.js';

export interface BatchJob {
  statements: BatchStatements;
  rows: unknown[];
  /** Nodes or relationships in the batch (a mention row holds several). */
  count: number;
  nodes: boolean;
}

export interface BatchCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Writes one batch in one write transaction: CREATE while the load is fresh (freshLoad.ts);
 * otherwise MERGE and, only when something already existed, the update. A node create that meets
 * a node another push made fails whole on the uniqueness constraint: the push then leaves fresh
 * mode and merges the batch. A create is never retried as a create (a commit whose answer was lost
 * may have happened): after a transient error the batch is merged, with retries.
 */
export async function writeBatch(session: Session, job: BatchJob, load: FreshLoad, retry: RetryOptions): Promise<BatchCounts> {
  if (load.fresh) {
    try {
      return await writeOnce(session, async (tx) => (await tx.run(job.statements.create, { rows: job.rows })).summary.counters.updates());
    } catch (error) {
      if (job.nodes && (error as { code?: unknown }).code === CONSTRAINT_VIOLATION) await load.leave();
      else if (!neo4j.isRetryableError(error)) throw error;
    }
  }
  return writeWithRetry(session, async (tx) => {
    const merged = (await tx.run(job.statements.merge, { rows: job.rows })).summary.counters.updates();
    const created = job.nodes ? merged.nodesCreated : merged.relationshipsCreated;
    if (created === job.count) return merged;
    const updated = (await tx.run(job.statements.update, { rows: job.rows })).summary.counters.updates();
    return { ...merged, propertiesSet: merged.propertiesSet + updated.propertiesSet };
  }, retry);
}
