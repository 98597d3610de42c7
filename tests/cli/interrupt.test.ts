import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const SEED = join(import.meta.dirname, '..', '..', 'seeds', '000_654d7b4c454ee48d.txt');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-sigint-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('Ctrl-C on a real kg build process', () => {
  it('exits 130 once articles are being written, and leaves the previous output as it was', async () => {
    const seed = await readFile(SEED, 'utf8');
    // Enough work for several seconds, so the signal comes in the middle of extraction.
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${seed}\nBài ${i}.` }));
    await writeFile(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`);
    const out = join(dir, 'graph');
    await mkdir(join(out, '.kg-cache'), { recursive: true });
    const previous = { 'graph.json': 'previous graph', 'graph.gexf': 'previous gexf', 'extractions.jsonl': 'previous\n', '.kg-cache/index.txt': 'previous index' };
    for (const [name, content] of Object.entries(previous)) await writeFile(join(out, name), content);

    const child = spawn(process.execPath, ['--import', 'tsx', main, 'build', join(dir, 'in.jsonl'), '--out', out, '--jobs', '2', '--quiet']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Wait for the temporary extractions file: the build is past start-up and writing.
    for (let i = 0; i < 600 && !(await readdir(out)).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted; stopping without touching/);
    expect((await readdir(out)).sort()).toEqual(['.kg-cache', 'extractions.jsonl', 'graph.gexf', 'graph.json']);
    for (const [name, content] of Object.entries(previous)) expect(await readFile(join(out, name), 'utf8')).toBe(content);
  }, 60_000);
});
