import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { fixtureDir, readAll, removeDir } from './helpers.js';

const GOOD = 'Chủ tịch UBND tỉnh Bình Định tiếp đoàn thành phố Izumisano.';
const dirs: string[] = [];
async function fixture(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await fixtureDir(files);
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('readInputs: bad files are reported and skipped', () => {
  it.each<[string, string | Uint8Array, RegExp]>([
    ['empty.txt', '', /empty file/],
    ['blank.txt', ' \n\t\r\n  ', /only whitespace/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), /binary file \(PNG image\)/],
    ['photo.md', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /binary file \(JPEG image\)/],
    ['paper.txt', '%PDF-1.7\n%âãÏÓ\n', /binary file \(PDF document\)/],
    ['archive.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), /binary file \(ZIP archive\)/],
    ['anim.html', 'GIF89a\x01\x00', /binary file \(GIF image\)/],
    ['nul.txt', Buffer.from('abc\0def'), /binary file \(NUL byte at offset 3\)/],
    ['latin1.txt', Buffer.from([0x48, 0x61, 0x0a, 0x4e, 0xf4, 0x69]), /not valid UTF-8 \(first bad byte at offset 4, line 2\)/],
    ['utf16-broken.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]), /not valid UTF-16LE/],
    ['furniture.html', '<html><head><title>T</title></head><body><nav>Menu</nav><script>x()</script></body></html>', /HTML page without article text/],
    ['empty.jsonl', '', /empty file/],
    ['blank.jsonl', '\n\n  \n', /no articles/],
    ['png.jsonl', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /binary file \(PNG image\)/],
  ])('%s', async (name, content, reason) => {
    const dir = await fixture({ [name]: content, 'good.txt': GOOD });
    const { articles, warnings } = await readAll([dir]);
    expect(warnings).toEqual([{ file: join(dir, name), reason: expect.stringMatching(reason) }]);
    expect(articles.map((a) => a.id)).toEqual(['good']);
  });

  it('reports a missing input path and reads the others', async () => {
    const dir = await fixture({ 'good.txt': GOOD });
    const missing = join(dir, 'nope.txt');
    const { articles, warnings } = await readAll([missing, dir]);
    expect(warnings).toEqual([{ file: missing, reason: expect.stringMatching(/no such file or directory/) }]);
    expect(articles).toHaveLength(1);
  });

  it('reports a broken symbolic link', async () => {
    const dir = await fixture({ 'good.txt': GOOD });
    await symlink(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    const { warnings } = await readAll([dir]);
    expect(warnings).toEqual([{ file: join(dir, 'link.txt'), reason: expect.stringMatching(/no such file/) }]);
  });

  it('reports an unsupported file named explicitly, but ignores one inside a directory', async () => {
    const dir = await fixture({ 'a.txt': GOOD, 'a.gold.json': '{}', 'notes.pdf': '%PDF' });
    const { warnings } = await readAll([dir, join(dir, 'notes.pdf')]);
    expect(warnings).toEqual([{ file: join(dir, 'notes.pdf'), reason: expect.stringMatching(/not an article file/) }]);
  });

  it('skips a second article with the same id', async () => {
    const dir = await fixture({ 'x/a.txt': GOOD, 'y/a.txt': 'Khác.' });
    const { articles, warnings } = await readAll([dir]);
    expect(articles.map((a) => a.text)).toEqual([GOOD]);
    expect(warnings[0]?.reason).toMatch(/duplicate article id "a" \(first read from .*x\/a\.txt\)/);
  });
});

describe('readInputs: text files', () => {
  it.each<[string, string | Uint8Array, string]>([
    ['plain UTF-8', GOOD, GOOD],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]), GOOD],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]), GOOD],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()]), GOOD],
  ])('decodes %s', async (_, content, text) => {
    const dir = await fixture({ '001_abc.txt': content });
    const { articles, warnings } = await readAll([dir]);
    expect(warnings).toEqual([]);
    expect(articles).toEqual([{ id: '001_abc', title: text, date: null, url: null, text, source: join(dir, '001_abc.txt') }]);
  });

  it('reads directories recursively in name order, .md and .html included', async () => {
    const dir = await fixture({
      'b.txt': 'B',
      'a/z.md': '# Z heading\n\nZ body',
      'a/y.htm': '<p>Y</p>',
      'c.html': '<title>C</title><p>C text</p>',
      '.hidden.txt': 'H',
      'B.txt': 'upper',
    });
    const { articles } = await readAll([dir]);
    expect(articles.map((a) => [a.id, a.title, a.text])).toEqual([
      // a text file's first non-empty line is its headline
      ['B', 'upper', 'upper'],
      ['y', null, 'Y'],
      ['z', 'Z heading', '# Z heading\n\nZ body'],
      ['b', 'B', 'B'],
      ['c', 'C', 'C text'],
    ]);
  });

  it('reads a file named twice only once', async () => {
    const dir = await fixture({ 'a.txt': GOOD });
    const { articles, warnings } = await readAll([join(dir, 'a.txt'), dir]);
    expect(articles).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
});

describe('readInputs: progress', () => {
  it('counts input bytes up to the sum of the file sizes', async () => {
    const lines = `${JSON.stringify({ id: 'j1', text: GOOD })}\n`;
    const dir = await fixture({ 'a.txt': GOOD, 'b.jsonl.gz': gzipSync(lines), 'c.txt': '' });
    const calls: Array<[number, number]> = [];
    for await (const _ of readInputs([dir], () => {}, { onProgress: (done, total) => calls.push([done, total]) })) void _;
    const total = Buffer.byteLength(GOOD) + gzipSync(lines).length;
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.every(([done], i) => i === 0 || done >= calls[i - 1]![0])).toBe(true);
  });
});

describe('readInputs: what a directory walk leaves out', () => {
  it.each([
    ['hidden entries', { '.git/x.txt': 'X', '.draft.md': 'D' }, []],
    ['node_modules', { 'node_modules/pkg/README.md': 'R' }, []],
    ['the excluded output directory', { 'graph/extractions.jsonl': '{"article":{}}\n' }, ['graph']],
  ])('skips %s silently', async (_, files, exclude) => {
    const dir = await fixture({ ...files, 'a.txt': GOOD });
    const warnings: unknown[] = [];
    const ids: string[] = [];
    for await (const article of readInputs([dir], (w) => warnings.push(w), { exclude: exclude.map((p) => join(dir, p)) })) ids.push(article.id);
    expect(ids).toEqual(['a']);
    expect(warnings).toEqual([]);
  });
});
