import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/internal/formatSummary.js';
import type { BuildSummary } from '../../src/types.js';

const base: BuildSummary = {
  inputs: ['seeds'],
  articlesRead: 35413,
  skipped: [],
  entitiesByType: { Organization: 3, Person: 1200, Locality: 40, Event: 0 },
  relationsByType: { MENTIONED_IN: 9, VISITED: 2, CUSTOM: 1 },
  nodes: 1300,
  edges: 12,
  seconds: 93.24,
  outDir: '/tmp/out',
  files: ['graph.json', 'report.md'],
};

describe('formatSummary', () => {
  it('prints counts in a fixed type order', () => {
    expect(formatSummary(base)).toBe(
      [
        'Read 35,413 articles from 1 input in 93.2 s.',
        'Entities:  1,200 Person, 40 Locality, 3 Organization',
        'Relations: 2 VISITED, 9 MENTIONED_IN, 1 CUSTOM',
        'Graph:     1,300 nodes, 12 edges',
        'Files in /tmp/out/: graph.json, report.md',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [1, ['  - f0.txt: empty file']],
    [3, ['  - f0.txt: empty file', '  - f1.txt: empty file', '  … and 1 more (listed in report.md)']],
  ])('lists the first two of %i skipped inputs', (count, lines) => {
    const skipped = Array.from({ length: count }, (_, i) => ({ file: `f${i}.txt`, reason: 'empty file' }));
    const text = formatSummary({ ...base, skipped, entitiesByType: {} }, 2);
    expect(text.split('\n').slice(1, 1 + lines.length)).toEqual(lines);
    expect(text).toMatch(new RegExp(`; ${skipped.length} skipped:\\n`));
    expect(text).toMatch(/Entities: {2}none/);
  });
});
