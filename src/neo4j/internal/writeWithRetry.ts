import neo4j, { type Session, type Transaction } from 'neo4j-driver';

export interface RetryOptions {
  /** Stop retrying once this long has passed since the first failure (the driver's default: 30 s). */
  retrySeconds: number;
  /** Called for each failure that will be retried, before waiting for the next attempt. */
  onRetry?: ((error: unknown) => void) | undefined;
}

const FIRST_DELAY_MS = 1000;

/** True for the errors of a server that cannot be reached (down, restarting, network gone), as opposed to a deadlock. */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/**
 * Runs `work` in a write transaction and commits it, retrying transient errors (deadlocks, a
 * lost server) with the driver's back-off (1 s, doubling, ±20 % jitter). The driver's own
 * executeWrite retries silently, even while it cannot connect at all; this loop lets the caller
 * say so at once (onRetry).
 */
/** Runs `work` in a write transaction and commits it, once: the caller decides what a failure means. */
export async function writeOnce<T>(session: Session, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const tx = session.beginTransaction();
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

export async function writeWithRetry<T>(session: Session, work: (tx: Transaction) => Promise<T>, options: RetryOptions): Promise<T> {
  let firstFailure: number | undefined;
  for (let delay = FIRST_DELAY_MS; ; delay *= 2) {
    try {
      return await writeOnce(session, work);
    } catch (error) {
      firstFailure ??= performance.now();
      if (!neo4j.isRetryableError(error) || performance.now() - firstFailure > options.retrySeconds * 1000) throw error;
      options.onRetry?.(error);
      await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + 0.4 * Math.random())));
    }
  }
}
