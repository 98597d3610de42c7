import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../tools/audit/parseArgs.js';

describe('audit command line', () => {
  it.each([
    [['c.jsonl.gz'], { inputs: ['c.jsonl.gz'], limit: null, sample: 30, seed: 'audit', out: null, json: false, jobs: 2, extractions: null }],
    [['a.jsonl', 'b.jsonl.gz', '--limit', '5000', '--sample', '10', '--seed', 'x', '--out', 'r.md', '--json', '--jobs', '1'],
      { inputs: ['a.jsonl', 'b.jsonl.gz'], limit: 5000, sample: 10, seed: 'x', out: 'r.md', json: true, jobs: 1, extractions: null }],
    [['c.jsonl', '--extractions', 'e.jsonl'], { inputs: ['c.jsonl'], limit: null, sample: 30, seed: 'audit', out: null, json: false, jobs: 2, extractions: 'e.jsonl' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /no corpus/],
    [['c.jsonl', '--limit', '0'], /--limit needs a whole number/],
    [['c.jsonl', '--sample'], /--sample needs a value/],
    [['c.jsonl', '--frobnicate'], /unknown option/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
