import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/internal/runBuild.js';
import type { Extraction } from '../../src/types.js';

const SEED = join(import.meta.dirname, '..', '..', 'seeds', '000_654d7b4c454ee48d.txt');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-big-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `seed` repeated, each copy's numbers changed, up to `bytes`. */
function grow(seed: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = seed.replace(/\d+/g, (d) => String(Number(d) + i));
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('\n');
}

describe('kg build with big inputs', () => {
  it('reads a 50 MB article and a JSON Lines file with a 5 MB line with the real extractor', async () => {
    const seed = await readFile(SEED, 'utf8');
    await writeFile(join(dir, 'huge.txt'), grow(seed, 50 << 20));
    const line = JSON.stringify({ id: 'long', text: grow(seed, 5 << 20) });
    await writeFile(join(dir, 'long.jsonl'), `${line}\n${JSON.stringify({ id: 'short', text: seed })}\n`);
    const io = { stdout: new PassThrough(), stderr: new PassThrough() };
    const out = join(dir, 'graph');
    const { exitCode, summary } = await runBuild({ inputs: [join(dir, 'huge.txt'), join(dir, 'long.jsonl')], outDir: out, quiet: true, jobs: 1 }, io);
    expect(exitCode).toBe(0);
    expect(summary).toMatchObject({ articlesRead: 3, skipped: [] });
    const lines = (await readFile(join(out, 'extractions.jsonl'), 'utf8')).trim().split('\n');
    const extractions = lines.map((l) => JSON.parse(l) as Extraction);
    expect(extractions.map((x) => x.article.id)).toEqual(['huge', 'long', 'short']);
    for (const x of extractions) expect(x.entities.map((e) => e.name)).toContain('Bình Định');
  }, 120_000);
});
