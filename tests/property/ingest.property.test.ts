import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, htmlToText, readInputs } from '../../src/ingest/index.js';
import type { IngestWarning, RawArticle } from '../../src/types.js';
import { articleText } from './arbitraries.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-prop-ingest-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  articleText.map((text) => new TextEncoder().encode(text)),
  articleText.map((text) => new TextEncoder().encode(`${JSON.stringify({ id: 'x', text })}\n`)),
);

describe('ingest properties, for any bytes', () => {
  it.each(['a.txt', 'a.html', 'a.jsonl', 'a.jsonl.gz'])('reads %s without throwing: an article, or a warning naming the file', async (name) => {
    const file = join(dir, name);
    await fc.assert(
      fc.asyncProperty(bytes, fc.boolean(), async (content, gzip) => {
        await writeFile(file, gzip ? gzipSync(content) : content);
        const warnings: IngestWarning[] = [];
        const articles: RawArticle[] = [];
        for await (const article of readInputs([file], (w) => warnings.push(w))) articles.push(article);
        expect(articles.length + warnings.length).toBeGreaterThan(0);
        for (const w of warnings) expect(w.file).toBe(file);
        for (const a of articles) expect(a.text.trim()).not.toBe('');
      }),
      { numRuns: 60 },
    );
  });

  it('decodes any bytes to text, or refuses them with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (content) => {
        try {
          expect(typeof decodeText(content)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/binary file|not valid|garbled/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('turns any string into text without tags from the page\'s own markup', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const page = `<html><head><title>t</title><script>var s = "${text}";</script></head><body><p>${text}</p></body></html>`;
        expect(htmlToText(page).text).not.toMatch(/<\/?(?:p|script|html|body)>/);
      }),
      { numRuns: 300 },
    );
  });
});
