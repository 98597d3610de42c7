import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

/**
 * Gives the Neo4j integration tests a real server, so that `npm test` needs nothing else:
 * NEO4J_URI when it is set, otherwise a fresh tools/neo4j-local server on a free port with a
 * random password, stopped after the run. Without java/mvn the tests fail in CI and skip,
 * loudly, elsewhere. The target reaches the test files through `inject('neo4j')`.
 */
export interface Neo4jProvided {
  target: { uri: string; user: string; password: string; database?: string | undefined } | null;
  /** The server's LOAD CSV folder (import.cypher reads from it), when the tests can write there. */
  importDir?: string | undefined;
  /** Why there is no target. */
  reason?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jProvided;
  }
}

const TOOL = join(import.meta.dirname, '../../tools/neo4j-local');

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Runs start.sh with its stderr shown live (the first Maven build takes minutes); resolves to that stderr, rejects with it. */
function runStart(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(TOOL, 'start.sh'), ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(stderr) : reject(new Error(`exit code ${code}: ${stderr.trim().split('\n').slice(-12).join('\n')}`))));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      target: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER || 'neo4j',
        password: process.env.NEO4J_PASSWORD || 'kg-vnjp-local',
        database: process.env.NEO4J_DATABASE || undefined,
      },
      importDir: process.env.NEO4J_IMPORT_DIR || undefined,
    });
    return undefined;
  }
  const missing = ['java', 'mvn'].filter((c) => !has(c));
  if (missing.length > 0) {
    const reason = `${missing.join(' and ')} not found: install OpenJDK 17 and Maven (apt-get install openjdk-17-jdk-headless maven) or set NEO4J_URI`;
    if (process.env.CI) throw new Error(`tests/setup/neo4j.ts: CI is set, so the Neo4j integration tests must run, but ${reason}`);
    project.provide('neo4j', { target: null, reason });
    return undefined;
  }

  const port = await freePort();
  const password = `kg-test-${randomBytes(12).toString('hex')}`;
  const env = { ...process.env, NEO4J_PORT: String(port), NEO4J_PASSWORD: password, NEO4J_START_TIMEOUT: '300' };
  const started = Date.now();
  process.stderr.write(`tests/setup/neo4j.ts: starting a local Neo4j on 127.0.0.1:${port} (the first run builds it with Maven)…\n`);
  try {
    // --parent-pid: the server stops by itself if this process dies without running the teardown.
    await runStart(['--parent-pid', String(process.pid)], env);
  } catch (error) {
    const reason = `tools/neo4j-local/start.sh failed (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`tests/setup/neo4j.ts: ${reason}`);
    project.provide('neo4j', { target: null, reason });
    return undefined;
  }
  process.stderr.write(`tests/setup/neo4j.ts: Neo4j ready on bolt://127.0.0.1:${port} after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  // The folder tools/neo4j-local/common.sh gives the server for this port.
  const importDir = join(TOOL, 'target', 'run', `import-${port}`);
  project.provide('neo4j', { target: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password }, importDir });
  return async () => {
    await promisify(execFile)('bash', [join(TOOL, 'stop.sh')], { env });
  };
}
