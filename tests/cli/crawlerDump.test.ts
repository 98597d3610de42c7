import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/internal/runBuild.js';
import type { BuildSummary, Extraction } from '../../src/types.js';

const LEGACY = join(import.meta.dirname, '..', 'ingest', 'fixtures', 'legacy');
const GOOD = 'Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng tiếp đoàn thành phố Izumisano (Nhật Bản).';
const jsonl = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `j${i}`, text: `${GOOD} Bài ${i}.` })).join('\n');
const truncated = (() => {
  const gz = gzipSync(jsonl(400));
  return gz.subarray(0, gz.length >> 1);
})();

/** What a crawler leaves behind: the unusable files, and the usable ones in every shape they come in. */
const BAD: Record<string, string | Buffer | (() => Promise<Buffer>)> = {
  'empty.txt': '',
  'blank.txt': ' \n\t \r\n',
  'empty.jsonl': '',
  'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  'scan.html': '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj',
  'garbled.txt': 'Müller für Größe über schön Fräulein Bär Öl Tür',
  'broken.jsonl.gz': truncated,
};
const GOOD_FILES: Record<string, string | Buffer | (() => Promise<Buffer>)> = {
  'utf8.txt': GOOD,
  'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]),
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
  'nfd.txt': GOOD.normalize('NFD'),
  'cp1258.txt': () => readFile(join(LEGACY, 'windows-1258.txt')),
  'vni.txt': () => readFile(join(LEGACY, 'vni.txt')),
  'tcvn3.txt': () => readFile(join(LEGACY, 'tcvn3.txt')),
  'page.html': `<html><head><title>T</title><script>var x = "Hà Nội";</script><style>p{}</style></head><body><nav>Đà Nẵng</nav><p>${GOOD}</p></body></html>`,
  'hostile.txt': `${GOOD}\nÔng '}) DETACH DELETE n // <b>&amp;</b> "q" \\ \u0001 gặp ${'Tỉnh Bình Định'}.`,
};

let dir: string;
let summary: BuildSummary | null;
let stderr = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-dump-'));
  for (const [name, content] of Object.entries({ ...BAD, ...GOOD_FILES })) {
    await writeFile(join(dir, name), typeof content === 'function' ? await content() : content);
  }
  const io = { stdout: new PassThrough(), stderr: new PassThrough() };
  io.stderr.on('data', (chunk) => (stderr += chunk));
  ({ summary } = await runBuild({ inputs: [dir], outDir: join(dir, 'graph'), quiet: true, jobs: 2 }, io));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kg build on a crawler\'s dump, with two worker threads', () => {
  it.each(Object.keys(BAD))('warns about %s by name', (name) => {
    expect(summary?.skipped.filter((w) => w.file === join(dir, name))).toHaveLength(1);
    expect(stderr).toContain(`warning: ${join(dir, name)}`);
  });

  it('warns about nothing else', () => {
    expect(summary?.skipped.map((w) => w.file).sort()).toEqual(Object.keys(BAD).map((name) => join(dir, name)).sort());
  });

  it.each(Object.keys(GOOD_FILES))('finds the facts of %s', async (name) => {
    const lines = (await readFile(join(dir, 'graph', 'extractions.jsonl'), 'utf8')).trim().split('\n');
    const id = name.replace(/\.[a-z]+$/, '');
    const extraction = lines.map((l) => JSON.parse(l) as Extraction).find((x) => x.article.id === id);
    expect(extraction?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Bình Định', 'Hồ Quốc Dũng']));
  });

  it('keeps the articles of the truncated .gz read before its end', async () => {
    const lines = (await readFile(join(dir, 'graph', 'extractions.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.filter((l) => l.includes('"source":' + JSON.stringify(join(dir, 'broken.jsonl.gz')))).length).toBeGreaterThan(10);
  });

  it('writes a well-formed GEXF', async () => {
    expect(XMLValidator.validate(await readFile(join(dir, 'graph', 'graph.gexf'), 'utf8'))).toBe(true);
  });
});
