import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../src/cli/internal/runBuild.js';

// A Ctrl-C that arrives while the layout runs, when the next build says so.
const signal = vi.hoisted(() => ({ duringLayout: false }));
vi.mock('../../src/assemble/layoutInWorker.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/assemble/layoutInWorker.js')>();
  return {
    layoutInWorker: async (job: Parameters<typeof original.layoutInWorker>[0]) => {
      if (signal.duringLayout) process.emit('SIGINT');
      return original.layoutInWorker(job);
    },
  };
});

const FILES = ['graph.json', 'graph.gexf', 'extractions.jsonl', 'report.md', '.kg-cache/index.txt', '.kg-cache/snapshot.bin', '.kg-cache/state.bin', '.kg-cache/records.bin'];
const line = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-layout-sigint-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('kg build: a Ctrl-C during the layout', () => {
  it('exits 130 and leaves every previous file as it was, with no temporary file', async () => {
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'graph');
    const build = () => runBuild({ inputs: [input], outDir: out, quiet: true, jobs: 1 }, { stdout: new PassThrough(), stderr: new PassThrough() });
    await writeFile(input, line('a1', 'Tỉnh Bình Định đón đoàn tỉnh Fukuoka.'));
    signal.duringLayout = false;
    expect((await build()).exitCode).toBe(0);
    const before = await Promise.all(FILES.map((f) => readFile(join(out, f))));
    await appendFile(input, line('a2', 'Tỉnh Quảng Nam và tỉnh Shizuoka ký kết biên bản ghi nhớ hợp tác.'));
    signal.duringLayout = true;
    expect((await build()).exitCode).toBe(130);
    expect(await Promise.all(FILES.map((f) => readFile(join(out, f))))).toEqual(before);
    expect((await readdir(out)).sort()).toEqual(['.kg-cache', 'extractions.jsonl', 'graph.gexf', 'graph.json', 'report.md']);
    expect((await readdir(join(out, '.kg-cache'))).sort()).toEqual(['index.txt', 'records.bin', 'snapshot.bin', 'state.bin']);
  });
});
