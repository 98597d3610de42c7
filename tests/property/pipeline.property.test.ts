import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphAssembler } from '../../src/assemble/index.js';
import { cleanArticle, withoutMask } from '../../src/clean/index.js';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import { articleText, rawArticle } from './arbitraries.js';

describe('pipeline properties, for any text', () => {
  it('extracts without throwing, every relation between entities of its article', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const { entities, relations } = extractArticle(rawArticle('a', text));
        const ids = new Set(entities.map((e) => e.id));
        for (const r of relations) expect([r.source, r.target].filter((id) => !ids.has(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every relation evidence that is a sentence of its cleaned article (spam masks dropped)', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const raw = rawArticle('a', text);
        const clean = withoutMask(cleanArticle(raw).text);
        const { relations } = extractArticle(raw);
        for (const r of relations) {
          expect(r.evidence.length).toBeGreaterThan(0);
          for (const e of r.evidence) {
            expect(e.article).toBe('a');
            expect(clean).toContain(e.sentence);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('assembles a graph whose edges all join existing nodes, with evidence from their articles', () => {
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 6 }), (texts) => {
        const assembler = new GraphAssembler();
        const cleaned = new Map<string, string>();
        texts.forEach((text, i) => {
          const raw = rawArticle(`a${i}`, text);
          cleaned.set(raw.id, withoutMask(cleanArticle(raw).text));
          assembler.add(extractArticle(raw));
        });
        const graph = assembler.finish();
        expect(assembler.dangling).toBe(0);
        graph.forEachEdge((_, attributes, source, target) => {
          expect(graph.hasNode(source) && graph.hasNode(target)).toBe(true);
          for (const e of attributes.evidence) expect(cleaned.get(e.article)).toContain(e.sentence);
        });
      }),
      { numRuns: 100 },
    );
  });

  // An event's name is made up ("meeting · --11-25"): its evidence must still be the article's sentence.
  it('gives an event\'s MENTIONED_IN edge a sentence of its article as evidence', () => {
    const text = 'Ngày 25/11, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo.';
    const assembler = new GraphAssembler();
    assembler.add(extractArticle(rawArticle('a', text)));
    const graph = assembler.finish();
    graph.forEachEdge((_, attributes) => {
      for (const e of attributes.evidence) expect(text).toContain(e.sentence);
    });
  });
});
