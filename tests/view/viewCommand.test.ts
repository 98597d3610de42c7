import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-view-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kg view', () => {
  it.each([
    [['view', '--help'], 0, /Usage: kg view \[options\] \[graph\][\s\S]*--port[\s\S]*--host/],
    [['view', '/nonexistent/graph.json', '--port', '0'], 1, /kg view: (graph file not found: \/nonexistent\/graph\.json|the viewer is not built)/],
    [['view', 'graph.json', '--port', 'abc'], 1, /expected a port number/],
  ])('kg %j exits %i', (args, status, output) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout + result.stderr).toMatch(output);
    expect(result.status).toBe(status);
  });

  it('prints the URL, serves the graph, and stops on SIGTERM', async () => {
    const graph = join(dir, 'graph.json');
    await writeFile(graph, '{"attributes":{},"nodes":[],"edges":[]}');
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'view', graph, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 30_000;
    while (!/open http:\/\/127\.0\.0\.1:\d+\/|kg view: /.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (/viewer is not built/.test(output)) {
      // No viewer/dist in this checkout: the message itself is what the user needs.
      expect(await exited).toBe(1);
      return;
    }
    const url = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
    expect(url).toBeDefined();
    const response = await fetch(`${url}graph.json`);
    expect(await response.json()).toEqual({ attributes: {}, nodes: [], edges: [] });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
