import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../src/cli/internal/runBuild.js';
import { runExtract } from '../../src/cli/internal/runExtract.js';
import type { CliIo } from '../../src/cli/internal/io.js';
import type { Extraction, RawArticle } from '../../src/types.js';

// The real extractor is tested in tests/pipeline; here one Locality per article keeps the CLI's own behaviour in view.
vi.mock('../../src/pipeline/extractArticle.js', () => ({
  extractArticle: (raw: RawArticle): Extraction => {
    if (raw.text.includes('BOOM')) throw new Error('boom');
    // Stands for the user pressing Ctrl-C in the middle of a build.
    if (raw.text.includes('CTRL-C')) process.emit('SIGINT');
    return {
      article: { id: raw.id, title: raw.title, date: raw.date, url: raw.url, source: raw.source },
      entities: [{ id: 'locality:VN:binh-dinh', type: 'Locality', name: 'Bình Định', aliases: [], mentions: [], kind: 'province', country: 'VN' }],
      relations: [],
    };
  },
}));

function captureIo(): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  return { stdout, stderr, out: () => out, err: () => err };
}

const dirs: string[] = [];
async function tempDir(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-cli-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('kg build', () => {
  it('builds from a directory with one good and one bad file', async () => {
    const input = await tempDir({ 'good.txt': 'Tỉnh Bình Định.', 'bad.txt': '' });
    const out = join(await tempDir(), 'graph');
    const io = captureIo();
    const { exitCode, summary } = await runBuild({ inputs: [input], outDir: out, quiet: true, jobs: 1 }, io);
    expect(exitCode).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['.kg-cache', 'extractions.jsonl', 'graph.gexf', 'graph.json', 'report.md']);
    expect(io.err()).toBe(`warning: ${join(input, 'bad.txt')}: empty file\n`);
    expect(summary).toMatchObject({ articlesRead: 1, skipped: [{ file: join(input, 'bad.txt'), reason: 'empty file' }] });
    expect(summary?.entitiesByType).toEqual({ Locality: 1 });
    expect(io.out()).toMatch(/^Read 1 article from 1 input in [\d.]+ s; 1 skipped:\n  - .*bad\.txt: empty file\n/);
    const lines = (await readFile(join(out, 'extractions.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Extraction).article.id)).toEqual(['good']);
    const graph = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) as { nodes: Array<{ key: string }> };
    expect(graph.nodes.map((n) => n.key)).toContain('locality:VN:binh-dinh');
  });

  it.each([
    ['only bad files', { 'a.txt': '', 'b.jsonl': '{oops\n' }],
    ['an article the extractor fails on', { 'a.txt': 'BOOM' }],
  ])('exits 1 and writes nothing when nothing is usable: %s', async (_, files) => {
    const input = await tempDir(files);
    const out = join(await tempDir(), 'graph');
    await mkdir(out);
    await writeFile(join(out, 'graph.json'), 'previous');
    const io = captureIo();
    const { exitCode } = await runBuild({ inputs: [input], outDir: out, quiet: true, jobs: 1 }, io);
    expect(exitCode).toBe(1);
    expect(io.err()).toMatch(/nothing usable was read/);
    expect(await readdir(out)).toEqual(['graph.json']);
    expect(await readFile(join(out, 'graph.json'), 'utf8')).toBe('previous');
  });

  it('stops on Ctrl-C and leaves the previous output in place', async () => {
    const input = await tempDir({ 'a.txt': 'Một.', 'b.txt': 'CTRL-C', 'c.txt': 'Ba.' });
    const out = join(await tempDir(), 'graph');
    await mkdir(out);
    await writeFile(join(out, 'graph.json'), 'previous');
    const io = captureIo();
    const { exitCode } = await runBuild({ inputs: [input], outDir: out, quiet: true, jobs: 1 }, io);
    expect(exitCode).toBe(130);
    expect(io.err()).toMatch(/interrupted/);
    expect(await readdir(out)).toEqual(['graph.json']);
    expect(await readFile(join(out, 'graph.json'), 'utf8')).toBe('previous');
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('names the output directory when it cannot be created', async () => {
    const input = await tempDir({ 'a.txt': 'Tỉnh Bình Định.', 'file': 'x' });
    const io = captureIo();
    const { exitCode } = await runBuild({ inputs: [input], outDir: join(input, 'file', 'graph'), quiet: true, jobs: 1 }, io);
    expect(exitCode).toBe(1);
    expect(io.err()).toMatch(/cannot create the output directory .*file\/graph .*choose another --out/);
  });
});

describe('kg extract', () => {
  it('prints one JSON line per article and warnings on stderr', async () => {
    const input = await tempDir({ 'a.txt': 'Một.', 'b.jsonl': `${JSON.stringify({ id: 'j', text: 'Hai.' })}\nnot json\n` });
    const io = captureIo();
    expect(await runExtract([input], io, 1)).toBe(0);
    expect(io.out().trim().split('\n').map((l) => (JSON.parse(l) as Extraction).article.id)).toEqual(['a', 'j']);
    expect(io.err()).toMatch(/^warning: .*b\.jsonl:2: bad JSON/);
  });

  it('exits 1 when nothing is usable', async () => {
    const io = captureIo();
    expect(await runExtract(['/nonexistent/kg-input'], io, 1)).toBe(1);
    expect(io.out()).toBe('');
  });
});
