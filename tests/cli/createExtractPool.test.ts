import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractPool } from '../../src/cli/internal/createExtractPool.js';
import { extractAll } from '../../src/cli/internal/extractAll.js';
import type { RawArticle } from '../../src/types.js';

const texts = [
  'Ngày 10/11/2019, Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng tiếp đoàn thành phố Izumisano (Nhật Bản).',
  'Thị trưởng thành phố Izumisano Chiyomatsu Hiroyuki thăm tỉnh Bình Định.',
  'Tỉnh Quảng Nam và tỉnh Shizuoka ký kết biên bản ghi nhớ hợp tác.',
  'Hà Nội mưa to.',
];
const raws: RawArticle[] = Array.from({ length: 24 }, (_, i) => ({
  id: `a${i}`, title: null, date: null, url: null, text: texts[i % texts.length]!, source: `a${i}.txt`,
}));

async function* stream(items: RawArticle[]) {
  for (const item of items) yield item;
}

async function run(jobs: number, window: number) {
  const pool = createExtractPool(jobs);
  try {
    const results = [];
    for await (const result of extractAll(stream(raws), pool, window)) results.push(result);
    return results;
  } finally {
    await pool.close();
  }
}

describe('createExtractPool + extractAll', () => {
  it.each([
    [2, 4],
    [3, 64],
  ])('with %i workers (window %i) gives what one thread gives, in input order', async (jobs, window) => {
    const single = await run(1, 1);
    const parallel = await run(jobs, window);
    expect(single.every((r) => 'extraction' in r)).toBe(true);
    expect(parallel.map((r) => r.raw.id)).toEqual(raws.map((r) => r.id));
    expect(parallel).toEqual(single);
  });
});

describe('createExtractPool with a misbehaving extractor', () => {
  const fakeWorker = `
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', (raw) => {
      if (raw.text === 'hang') for (;;);
      if (raw.text === 'crash') throw new Error('worker crashed');
      if (raw.text === 'throw') return parentPort.postMessage({ error: 'no entities today' });
      parentPort.postMessage({ json: JSON.stringify({ article: { id: raw.id }, entities: [], relations: [] }) });
    });`;

  // Only the hang case needs a short time limit; on a loaded machine worker start-up alone can take 0.5 s.
  it.each([
    ['hang', 500, /gave up after 0.5 s/],
    ['crash', 20_000, /worker crashed/],
    ['throw', 20_000, /no entities today/],
  ])('reports an article that makes the extractor %s, and goes on', async (text, timeoutMs, error) => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-pool-'));
    const script = join(dir, 'worker.mjs');
    await writeFile(script, fakeWorker);
    const pool = createExtractPool(2, { timeoutMs, script: pathToFileURL(script) });
    try {
      const articles = ['ok', text, 'ok', 'ok', 'ok'].map((t, i) => ({ ...raws[0]!, id: `x${i}`, text: t }));
      const results = [];
      for await (const result of extractAll(stream(articles), pool, 4)) results.push(result);
      expect(results.map((r) => ('error' in r ? r.error.message : r.extraction.article.id))).toEqual([
        'x0', expect.stringMatching(error), 'x2', 'x3', 'x4',
      ]);
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts its threads with the first article, not before', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-pool-'));
    const script = join(dir, 'worker.mjs');
    const started = join(dir, 'started');
    await writeFile(script, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(started)}, 'x');\n${fakeWorker}`);
    const pool = createExtractPool(2, { script: pathToFileURL(script) });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(existsSync(started)).toBe(false);
      expect((await pool.extract({ ...raws[0]!, text: 'ok' })).extraction.article.id).toBe('a0');
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
