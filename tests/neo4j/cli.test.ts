import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGraph } from './fixtureGraph.js';
import { neo4jTarget } from './neo4jTarget.js';
import { openTestDatabase, type TestDatabase } from './testDatabase.js';

const target = neo4jTarget('tests/neo4j/cli.test.ts');
const ROOT = join(import.meta.dirname, '../..');

/** Runs `kg` from the sources (tsx), with a clean NEO4J_* environment plus `env`. */
async function kg(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT, env: { ...clean, ...env }, timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('kg neo4j', () => {
  let dir: string;
  let graphFile: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-cli-'));
    graphFile = join(dir, 'graph.json');
    await writeFile(graphFile, JSON.stringify(fixtureGraph({ second: true }).export()));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it.each([
    ['a missing graph', ['neo4j', 'push', '--graph', '/nonexistent/graph.json'], {}, /^kg neo4j: \/nonexistent\/graph\.json not found: run `kg build/],
    ['an unreachable server', ['neo4j', 'push', '--graph', 'GRAPH', '--uri', 'bolt://127.0.0.1:1'], {}, /^kg neo4j: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/],
    ['an unreachable server from NEO4J_URI', ['neo4j', 'push', '--graph', 'GRAPH'], { NEO4J_URI: 'bolt://127.0.0.1:2' }, /^kg neo4j: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:2/],
    ['a bad --batch-size', ['neo4j', 'push', '--batch-size', '0'], {}, /positive integer/],
  ])('exits 1 with one line for %s', async (_, args, env, message) => {
    const result = await kg(args.map((a) => (a === 'GRAPH' ? graphFile : a)), env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(/positive/.test(String(message)) ? 2 : 1);
  });

  it('exports import.cypher and the CSVs beside the graph', async () => {
    const result = await kg(['neo4j', 'export', '--graph', graphFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote 17 files into .*neo4j\/ \(9 nodes, 15 relationships\)/);
    expect((await readdir(join(dir, 'neo4j'))).sort()).toEqual(['import.cypher', 'neo4j-admin-import.sh', 'nodes', 'relationships', 'schema.cypher']);
  });
});

describe.skipIf(!target)('kg neo4j push against a real Neo4j', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await openTestDatabase(target!);
    dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-cli-'));
    await writeFile(join(dir, 'graph.json'), JSON.stringify(fixtureGraph().export()));
  }, 180_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    await db?.release();
  });

  const env = () => ({
    NEO4J_URI: target!.uri, NEO4J_USER: target!.user, NEO4J_PASSWORD: target!.password,
    ...(target!.database ? { NEO4J_DATABASE: target!.database } : {}),
  });

  it('pushes with settings from the environment, then again with nothing new', async () => {
    const first = await kg(['neo4j', 'push', '--graph', join(dir, 'graph.json'), '--quiet'], env());
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^pushed .*graph\.json to bolt:\/\/.*: 7 nodes \(7 new\), 13 relationships \(13 new\) in [\d.]+ s\n$/);
    const second = await kg(['neo4j', 'push', '--graph', join(dir, 'graph.json'), '--quiet'], env());
    expect(second.stdout).toMatch(/: 7 nodes \(0 new\), 13 relationships \(0 new\)/);
  });

  it('exits 1 with one line for a wrong password, without printing it', async () => {
    const result = await kg(['neo4j', 'push', '--graph', join(dir, 'graph.json'), '--password', 'wrong-password'], { ...env(), NEO4J_PASSWORD: '' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^kg neo4j: Neo4j at .* rejected user "neo4j": check --user\/--password/);
    expect(result.stderr).not.toContain('wrong-password');
  });
});
