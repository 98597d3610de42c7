import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDir, readAll, removeDir } from './helpers.js';

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);
const A = line({ id: 'a1', title: 'Tiêu đề', date: '2017-03-02', url: 'http://x/1', text: 'Văn bản một.' });
const B = line({ id: 'b2', title: null, date: null, url: null, text: 'Văn bản hai.' });

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});
async function read(name: string, content: string | Uint8Array) {
  const dir = await fixtureDir({ [name]: content });
  dirs.push(dir);
  const file = join(dir, name);
  return { file, ...(await readAll([file])) };
}

describe('readJsonLines', () => {
  it.each([
    ['plain', 'c.jsonl', `${A}\n${B}\n`],
    ['no final newline', 'c.jsonl', `${A}\r\n${B}`],
    ['gzip', 'c.jsonl.gz', gzipSync(`${A}\n${B}\n`)],
    ['gzip named .jsonl', 'c.jsonl', gzipSync(`${A}\n${B}\n`)],
    ['two gzip members (cat a.gz b.gz)', 'c.jsonl.gz', Buffer.concat([gzipSync(`${A}\n`), gzipSync(`${B}\n`)])],
    ['BOM and blank lines', 'c.jsonl', `\uFEFF${A}\n\n   \n${B}\n`],
  ])('reads %s', async (_, name, content) => {
    const { file, articles, warnings } = await read(name, content);
    expect(warnings).toEqual([]);
    expect(articles[0]).toEqual({ id: 'a1', title: 'Tiêu đề', date: '2017-03-02', url: 'http://x/1', text: 'Văn bản một.', source: file, line: 1 });
    expect(articles.map((a) => a.id)).toEqual(['a1', 'b2']);
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['bad JSON', '{"id": "x", "text": ', /bad JSON .*fix or remove the line/],
    ['an array', '["text"]', /not a JSON object/],
    ['no text', line({ id: 'x', title: 'T' }), /no "text" field/],
    ['text not a string', line({ id: 'x', text: 42 }), /no "text" field/],
    ['empty text', line({ id: 'x', text: '  \n ' }), /empty "text"/],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), /not valid UTF-8/],
  ])('reports a line with %s by its number and goes on', async (_, bad, reason) => {
    const { file, articles, warnings } = await read('c.jsonl', Buffer.concat([Buffer.from(`${A}\n`), Buffer.from(bad), Buffer.from(`\n${B}\n`)]));
    expect(warnings).toEqual([{ file, line: 2, reason: expect.stringMatching(reason) }]);
    expect(articles.map((a) => [a.id, a.line])).toEqual([['a1', 1], ['b2', 3]]);
  });

  it.each([
    ['missing id', { text: 'T' }, { id: 'c-1' }],
    ['numeric id', { id: 7, text: 'T' }, { id: '7' }],
    ['timestamp date', { id: 'x', date: '2017-02-06T10:00:00Z', text: 'T' }, { date: '2017-02-06' }],
    ['unknown date format', { id: 'x', date: '6/2/2017', text: 'T' }, { date: null }],
    ['blank title', { id: 'x', title: '  ', text: 'T' }, { title: null }],
  ])('normalises a %s', async (_, fields, expected) => {
    const { articles } = await read('c.jsonl', `${line(fields)}\n`);
    expect(articles[0]).toMatchObject(expected);
  });

  it('keeps the articles before the end of a truncated .gz and reports it', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => line({ id: `n${i}`, text: `Bài số ${i} `.repeat(20) })).join('\n');
    const gz = gzipSync(many);
    const { file, articles, warnings } = await read('t.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    expect(warnings).toEqual([{ file, reason: expect.stringMatching(/^truncated gzip file: it ends in the middle of line \d+; the \d+ article\(s\) before it were kept/) }]);
    expect(articles.length).toBeGreaterThan(100);
    expect(articles.length).toBeLessThan(2000);
    expect(articles.map((a) => a.id)).toEqual(articles.map((_, i) => `n${i}`));
  });

  it('reports corrupt gzip data', async () => {
    const gz = gzipSync(`${A}\n`);
    gz.fill(0x55, 10, 20);
    const { file, warnings } = await read('bad.jsonl.gz', gz);
    expect(warnings).toEqual([{ file, reason: expect.stringMatching(/corrupt gzip data/) }]);
  });

  it('reads a 5 MB line', async () => {
    const text = 'Hà Nội. '.repeat(600_000);
    const { articles } = await read('big.jsonl', `${line({ id: 'big', text })}\n${B}\n`);
    expect(articles.map((a) => a.text.length)).toEqual([text.length, 12]);
  });
});

describe('readJsonLines: legacy Vietnamese encodings', () => {
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'legacy', name));
  const unicode = fixture('utf8.txt').toString('utf8');
  const record = (text: Buffer) => Buffer.concat([Buffer.from('{"id": "x", "text": "'), text, Buffer.from('"}\n')]);
  const oneLine = (name: string) => Buffer.from(fixture(name).toString('latin1').replace(/\n/g, ' '), 'latin1');

  it('converts the title of a VNI article with its text', async () => {
    const vni = oneLine('vni.txt').toString('latin1');
    const { articles } = await read('c.jsonl', `${JSON.stringify({ id: 'x', title: 'Bình Ñònh tieáp ñoaøn Izumisano', text: vni })}\n`);
    expect(articles[0]).toMatchObject({ title: 'Bình Định tiếp đoàn Izumisano', text: unicode.replace(/\n/g, ' ') });
  });

  it.each([
    ['a Windows-1258 line', record(oneLine('windows-1258.txt'))],
    ['a TCVN3 line', record(oneLine('tcvn3.txt'))],
    ['VNI text read as Latin-1 in a UTF-8 line', record(Buffer.from(oneLine('vni.txt').toString('latin1'), 'utf8'))],
  ])('converts %s', async (_, content) => {
    const { articles, warnings } = await read('c.jsonl', content);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual([unicode.replace(/\n/g, ' ')]);
  });
});
