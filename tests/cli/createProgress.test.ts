import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/internal/createProgress.js';
import { createWarningPrinter, formatWarning } from '../../src/cli/internal/createWarningPrinter.js';

function stream(isTTY: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  s.on('data', (chunk) => (text += chunk));
  return { s, text: () => text };
}

describe('createProgress without a terminal', () => {
  it.each([
    ['prints a line every 5 s', true, [1000, 5000, 6000, 10_500], 2],
    ['prints nothing when disabled', false, [1000, 5000, 6000, 10_500], 0],
    ['prints nothing on a short run', true, [100, 4000], 0],
  ])('%s', (_, enabled, times, lines) => {
    const out = stream(false);
    let clock = 0;
    const progress = createProgress({ stream: out.s, enabled, now: () => clock });
    for (const t of times) {
      clock = t;
      progress.update(t * 1024, 20_000 * 1024, t);
    }
    progress.stop();
    expect(out.text().split('\n').filter(Boolean)).toHaveLength(lines);
    if (lines > 0) expect(out.text()).toMatch(/^progress: 25% of 20.5 MB, 5,000 articles, 5 s\n/);
  });
});

describe('createWarningPrinter', () => {
  it.each([
    [{ file: 'a.txt', reason: 'empty file' }, 'warning: a.txt: empty file'],
    [{ file: 'c.jsonl', line: 7, reason: 'bad JSON' }, 'warning: c.jsonl:7: bad JSON'],
  ])('formats %j', (w, line) => {
    expect(formatWarning(w)).toBe(line);
  });

  it('shows at most N warnings per file and counts the rest', () => {
    const lines: string[] = [];
    const print = createWarningPrinter((line) => lines.push(line), 2);
    for (let line = 1; line <= 5; line++) print({ file: 'big.jsonl', line, reason: 'bad JSON' });
    print({ file: 'other.txt', reason: 'empty file' });
    print.flush();
    expect(lines).toEqual([
      'warning: big.jsonl:1: bad JSON',
      'warning: big.jsonl:2: bad JSON',
      'warning: other.txt: empty file',
      'warning: big.jsonl: 3 more warnings not shown',
    ]);
  });
});
