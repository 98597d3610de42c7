import { createServer, connect as tcpConnect, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, pushGraph } from '../../src/neo4j/index.js';
import { describeError, describeRetry } from '../../src/neo4j/describeError.js';
import { writeWithRetry } from '../../src/neo4j/internal/writeWithRetry.js';
import { fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/lostServer.test.ts');

/** A TCP relay to Neo4j that can be cut: its connections dropped and its port closed, as when the server dies. */
async function relay(host: string, port: number) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = tcpConnect(port, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined).on('close', () => (client.destroy(), upstream.destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as { port: number }).port}`,
    cut(): void {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

describe('a write to a server that cannot be reached', () => {
  it('reports the first failure at once, then retries until its time is up', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'));
    const session = driver.session();
    const started = performance.now();
    const retries: number[] = [];
    try {
      const error = await writeWithRetry(session, (tx) => tx.run('RETURN 1'), { retrySeconds: 2, onRetry: () => retries.push(performance.now() - started) }).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as { code?: unknown }).code).toBe('ServiceUnavailable');
      expect(retries[0]).toBeLessThan(1000);
      expect(retries.length).toBeGreaterThanOrEqual(2);
      expect(performance.now() - started).toBeGreaterThan(2000);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});

describe.skipIf(!target)('a push whose server stops answering', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(target!);
  }, 180_000);
  afterAll(async () => db?.release());

  it('says so at once, naming the URI, once, while it retries; then fails with the cannot-reach line', async () => {
    await db.wipe();
    const server = new URL(target!.uri);
    const lost = await relay(server.hostname, Number(server.port || 7687));
    const driver = await connect({ ...target!, uri: lost.uri });
    const notices: Array<{ line: string; after: number }> = [];
    let cutAt = 0;
    try {
      const error = await pushGraph(driver, fixtureGraph({ second: true }), {
        database: db.database,
        batchSize: 1,
        concurrency: 1,
        retrySeconds: 3,
        onProgress: (done) => {
          if (done > 0 && cutAt === 0) {
            cutAt = performance.now();
            lost.cut();
          }
        },
        onUnreachable: (e) => notices.push({ line: describeRetry(e, { ...target!, uri: lost.uri }, 3), after: performance.now() - cutAt }),
      }).then(() => null, (e: unknown) => e);
      expect(cutAt).toBeGreaterThan(0);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.after).toBeLessThan(2000);
      expect(notices[0]!.line).toMatch(new RegExp(`^lost Neo4j at ${lost.uri.replace(/[./]/g, '\\$&')} \\(.+\\): retrying for up to 3 s`));
      expect(notices[0]!.line).not.toContain('\n');
      expect(describeError(error, { ...target!, uri: lost.uri }).message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: is it running/);
    } finally {
      lost.cut();
      await driver.close();
    }
  }, 60_000);
});
