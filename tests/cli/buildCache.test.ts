import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBuildCache } from '../../src/cli/internal/buildCache.js';
import { runBuild, type BuildOptions } from '../../src/cli/internal/runBuild.js';
import type { Extraction, RawArticle } from '../../src/types.js';

// Counts the articles really extracted. One Locality per article, inside one shared by all (LOCATED_IN
// edges, which change with the locality's articles), is enough to compare graphs.
const extracted = vi.hoisted(() => ({ ids: [] as string[] }));
vi.mock('../../src/pipeline/extractArticle.js', () => ({
  extractArticle: (raw: RawArticle): Extraction => {
    extracted.ids.push(raw.id);
    if (raw.text.includes('CTRL-C')) process.emit('SIGINT');
    const slug = raw.text.toLowerCase().replace(/[^a-z]+/g, '-');
    const locality = (id: string, name: string, parent: string | null) =>
      ({ id, type: 'Locality' as const, name, aliases: [], mentions: [], kind: 'province' as const, country: 'VN' as const, parent });
    return {
      article: { id: raw.id, title: raw.title, date: raw.date, url: raw.url, source: raw.source },
      entities: [locality(`locality:VN:${slug}`, raw.text, 'locality:VN:vung'), locality('locality:VN:vung', 'Vung', null)],
      relations: [],
    };
  },
}));

const quietIo = () => ({ stdout: new PassThrough(), stderr: new PassThrough() });
const line = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;
const corpus = (n: number) => Array.from({ length: n }, (_, i) => line(`a${i}`, `Tinh so ${i}`)).join('');
const OUTPUTS = ['graph.json', 'graph.gexf', 'extractions.jsonl'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-cache-'));
  extracted.ids = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function build(out: string, extra: Partial<BuildOptions> = {}) {
  extracted.ids = [];
  const { exitCode } = await runBuild({ inputs: [join(dir, 'in.jsonl')], outDir: join(dir, out), quiet: true, jobs: 1, ...extra }, quietIo());
  return { exitCode, extracted: [...extracted.ids] };
}
const outputs = (out: string) => Promise.all(OUTPUTS.map((name) => readFile(join(dir, out, name), 'utf8')));

describe('kg build: the content-hash cache', () => {
  it('extracts only the articles added since the last build, and writes what a full rebuild writes', async () => {
    await writeFile(join(dir, 'in.jsonl'), corpus(20));
    expect((await build('graph')).extracted).toHaveLength(20);
    await appendFile(join(dir, 'in.jsonl'), line('new1', 'Tinh moi') + line('new2', 'Tinh khac'));
    expect(await build('graph')).toEqual({ exitCode: 0, extracted: ['new1', 'new2'] });
    expect((await build('full', { cache: false })).extracted).toHaveLength(22);
    expect(await outputs('graph')).toEqual(await outputs('full'));
  });

  it.each<[string, (file: string) => Promise<void>, string[]]>([
    ['a changed article', (f) => writeFile(f, corpus(2).replace('Tinh so 1', 'Tinh so 9')), ['a1']],
    ['nothing changed', async () => {}, []],
    ['an article inserted before the others', (f) => writeFile(f, line('first', 'Tinh dau') + corpus(2)), ['first']],
  ])('after %s, extracts %j again', async (_, change, ids) => {
    await writeFile(join(dir, 'in.jsonl'), corpus(2));
    await build('graph');
    await change(join(dir, 'in.jsonl'));
    expect((await build('graph')).extracted).toEqual(ids);
  });

  it.each<[string, (out: string) => Promise<void>]>([
    ['--no-cache', async () => {}],
    ['an extractions.jsonl the index was not written for', (out) => appendFile(join(out, 'extractions.jsonl'), '\n')],
    ['a damaged index', (out) => writeFile(join(out, '.kg-cache', 'index.txt'), '{not json\n')],
  ])('extracts everything again with %s', async (name, damage) => {
    await writeFile(join(dir, 'in.jsonl'), corpus(3));
    await build('graph');
    await damage(join(dir, 'graph'));
    expect((await build('graph', { cache: name !== '--no-cache' })).extracted).toHaveLength(3);
  });

  it('never reuses an extraction made by another extractor version', async () => {
    await writeFile(join(dir, 'in.jsonl'), corpus(1));
    await build('graph');
    const raw: RawArticle = { id: 'a0', title: null, date: null, url: null, text: 'Tinh so 0', source: join(dir, 'in.jsonl'), line: 1 };
    const current = await openBuildCache(join(dir, 'graph'));
    const other = await openBuildCache(join(dir, 'graph'), { version: 'another extractor' });
    expect(await current.lookup(raw)).toMatch(/^\{"article":\{"id":"a0"/);
    expect(await other.lookup(raw)).toBeNull();
    await Promise.all([current.close(), other.close()]);
  });

  it('keeps the previous graph and cache when a rebuild is interrupted', async () => {
    // More articles than extractAll keeps in flight, so some are written before the interrupt.
    await writeFile(join(dir, 'in.jsonl'), corpus(100));
    await build('graph');
    const before = await outputs('graph');
    await appendFile(join(dir, 'in.jsonl'), line('stop', 'CTRL-C'));
    expect((await build('graph')).exitCode).toBe(130);
    expect(await outputs('graph')).toEqual(before);
    // The temporary extractions file must not appear late either.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await readdir(join(dir, 'graph'))).sort()).toEqual(['.kg-cache', 'extractions.jsonl', 'graph.gexf', 'graph.json', 'report.md']);
    expect((await build('graph')).extracted).toEqual(['stop']);
  });
});

describe('kg build: going on from the previous build (snapshot)', () => {
  const WENT_ON = /Went on from the previous build of 1 unchanged input file/;
  async function buildFiles(out: string, files: string[], extra: Partial<BuildOptions> = {}) {
    extracted.ids = [];
    const io = quietIo();
    let stderr = '';
    io.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const result = await runBuild({ inputs: files.map((f) => join(dir, f)), outDir: join(dir, out), jobs: 1, ...extra }, io);
    return { exitCode: result.exitCode, skipped: result.summary?.skipped, extracted: [...extracted.ids], stderr };
  }
  // A bad line and a duplicate id, so the warnings of both files must come out as in a full build.
  const OLD = corpus(5) + '{not json\n';
  const NEW = line('n1', 'Tinh moi') + line('a2', 'Tinh trung') + line('n2', 'Tinh khac');

  it.each<[string, (file: string) => Promise<void>, boolean]>([
    ['the first file unchanged', async () => {}, true],
    ['the first file changed', (f) => appendFile(f, line('late', 'Tinh muon')), false],
    ['the first file rewritten with the same size', (f) => writeFile(f, OLD.replace('Tinh so 1', 'Tinh so 7')), false],
  ])('with %s, writes what a full build writes', async (_, change, wentOn) => {
    await writeFile(join(dir, 'old.jsonl'), OLD);
    await writeFile(join(dir, 'new.jsonl'), NEW);
    await buildFiles('graph', ['old.jsonl']);
    await change(join(dir, 'old.jsonl'));
    const again = await buildFiles('graph', ['old.jsonl', 'new.jsonl']);
    expect(again.stderr).toMatch(wentOn ? WENT_ON : /^(?![\s\S]*Went on)/);
    if (wentOn) expect(again.extracted).toEqual(['n1', 'n2']);
    const full = await buildFiles('full', ['old.jsonl', 'new.jsonl'], { cache: false });
    expect(again.skipped).toEqual(full.skipped);
    expect(again.skipped?.map((w) => w.reason)).toEqual([expect.stringMatching(/JSON/), expect.stringMatching(/duplicate article id "a2"/)]);
    expect(await outputs('graph')).toEqual(await outputs('full'));
    // And once more from that build's own snapshot.
    expect((await buildFiles('graph', ['old.jsonl', 'new.jsonl'])).extracted).toEqual([]);
    expect(await outputs('graph')).toEqual(await outputs('full'));
  });

  it('keeps its snapshot while few articles follow it, whichever they are, and writes what a full build writes', async () => {
    const snapshotFiles = (out: string) => Promise.all(['snapshot.bin', 'state.bin'].map((f) => readFile(join(dir, out, '.kg-cache', f))));
    await writeFile(join(dir, 'old.jsonl'), corpus(100));
    // x1 mentions a3's locality again: its LOCATED_IN edge changes, and must change back without x.
    await writeFile(join(dir, 'x.jsonl'), line('x1', 'Tinh so 3'));
    await writeFile(join(dir, 'y.jsonl'), line('y1', 'Tinh y'));
    await buildFiles('graph', ['old.jsonl']);
    const taken = await snapshotFiles('graph');
    // [inputs, extracted]: x replaced by y; y again, from the article cache; neither; then y and x once more,
    // extracted again: the cache keeps only what the last extractions.jsonl holds.
    const [oldX, oldY] = [['old.jsonl', 'x.jsonl'], ['old.jsonl', 'y.jsonl']];
    const steps = [[oldX, ['x1']], [oldY, ['y1']], [oldY, []], [['old.jsonl'], []], [oldY, ['y1']], [oldX, ['x1']]] as const;
    for (const [files, ids] of steps) {
      const again = await buildFiles('graph', [...files]);
      expect(again.stderr).toMatch(WENT_ON);
      expect(again.extracted).toEqual(ids);
      expect(await snapshotFiles('graph')).toEqual(taken);
      // One index line per article read, after the header: none left over from an earlier build.
      const index = await readFile(join(dir, 'graph', '.kg-cache', 'index.txt'), 'utf8');
      expect(index.trim().split('\n')).toHaveLength(1 + 100 + files.length - 1);
      await buildFiles('full', [...files], { cache: false });
      expect(await outputs('graph')).toEqual(await outputs('full'));
    }
  }, 120_000); // four builds of 100–110 articles: slow when the 2 shared cores are busy

  it('reads everything again with --no-cache', async () => {
    await writeFile(join(dir, 'old.jsonl'), OLD);
    await writeFile(join(dir, 'new.jsonl'), NEW);
    await buildFiles('graph', ['old.jsonl']);
    const again = await buildFiles('graph', ['old.jsonl', 'new.jsonl'], { cache: false });
    expect(again.stderr).not.toMatch(/Went on/);
    expect(again.extracted).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'n1', 'n2']);
  });
});

describe('kg build: a snapshot and its state go together', () => {
  it.each<[string, (out: string, other: string) => Promise<void>]>([
    ['a state.bin from another build', (out, other) => copyFile(join(other, '.kg-cache', 'state.bin'), join(out, '.kg-cache', 'state.bin'))],
    ['a damaged state.bin', (out) => writeFile(join(out, '.kg-cache', 'state.bin'), 'not v8')],
    ['no state.bin', (out) => rm(join(out, '.kg-cache', 'state.bin'))],
    ['an index saved with another snapshot', async (out, other) => {
      for (const f of ['extractions.jsonl', join('.kg-cache', 'index.txt')]) await copyFile(join(other, f), join(out, f));
    }],
  ])('reads everything again with %s', async (_, damage) => {
    await writeFile(join(dir, 'in.jsonl'), corpus(3));
    await build('graph');
    await build('other');
    await damage(join(dir, 'graph'), join(dir, 'other'));
    const io = quietIo();
    let stderr = '';
    io.stderr.on('data', (chunk) => (stderr += String(chunk)));
    await runBuild({ inputs: [join(dir, 'in.jsonl')], outDir: join(dir, 'graph'), jobs: 1 }, io);
    expect(stderr).not.toMatch(/Went on/);
    expect(await outputs('graph')).toEqual(await outputs('other'));
  });
});
