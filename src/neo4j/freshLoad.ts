import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS } from './schema.js';

/** Label of the node a push keeps while it creates into an empty database; gone when the push ends. */
export const LOADING_LABEL = 'KgLoading';
/** A marker not renewed for this long belongs to a push that was killed. */
const LEASE_MS = 10_000;
const RENEW_MS = 3_000;
const POLL_MS = 500;

/**
 * Whether a push may CREATE instead of MERGE, and what keeps that exact when pushes run at once.
 * A push that finds none of our nodes is fresh: it marks itself with a KgLoading node (renewed
 * while it runs) and creates its nodes; the uniqueness constraints make a create of a node that
 * another push made fail, and then the push leaves fresh mode (`leave`) and merges from there on.
 * A fresh push that created every one of its nodes creates its relationships too: any other push
 * that shares one of its nodes found that node made, so it merges, and before its own
 * relationships it waits (`waitForOthers`) until no other live marker is left — so no two
 * writers ever race on the same pair of nodes with one of them not merging.
 */
export interface FreshLoad {
  readonly fresh: boolean;
  leave(): Promise<void>;
  waitForOthers(): Promise<void>;
  end(): Promise<void>;
}

export async function startLoad(driver: Driver, database: string | undefined): Promise<FreshLoad> {
  const token = randomUUID();
  // Auto-commit, not retried: a push that lost its server must not wait 30 s more to drop its marker.
  const run = async (query: string) => {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      return await session.run(query, { token, lease: LEASE_MS });
    } finally {
      await session.close();
    }
  };
  const counts = NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN count(n) AS c`).join(' UNION ALL ');
  const { records } = await run(
    `CALL { ${counts} } WITH sum(c) AS existing
     FOREACH (_ IN CASE WHEN existing = 0 THEN [1] ELSE [] END | CREATE (:${LOADING_LABEL} {id: $token, at: timestamp()}))
     RETURN existing = 0 AS fresh`,
  );
  let fresh = records[0]!.get('fresh') as boolean;
  const renew = fresh ? setInterval(() => void run(`MATCH (m:${LOADING_LABEL} {id: $token}) SET m.at = timestamp()`).catch(() => undefined), RENEW_MS) : undefined;
  renew?.unref();
  const removeOwn = async () => {
    clearInterval(renew);
    await run(`MATCH (m:${LOADING_LABEL}) WHERE m.id = $token OR m.at < timestamp() - $lease DELETE m`);
  };
  return {
    get fresh() {
      return fresh;
    },
    async leave() {
      if (!fresh) return;
      fresh = false;
      await removeOwn();
    },
    async waitForOthers() {
      for (;;) {
        const { records: live } = await run(
          `OPTIONAL MATCH (m:${LOADING_LABEL}) WHERE m.id <> $token AND m.at >= timestamp() - $lease RETURN count(m) AS n`,
        );
        if (Number(live[0]!.get('n')) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    async end() {
      await removeOwn();
    },
  };
}
