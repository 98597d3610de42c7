import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildOptions } from '../../src/cli/internal/runBuild.js';
import { articleText } from './arbitraries.js';

const FILES = ['graph.json', 'graph.gexf', 'extractions.jsonl'];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-prop-build-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function build(input: string, out: string, options: Partial<BuildOptions> = {}): Promise<string[]> {
  const io = { stdout: new PassThrough(), stderr: new PassThrough() };
  const { exitCode } = await runBuild({ inputs: [input], outDir: join(dir, out), quiet: true, jobs: 1, ...options }, io);
  expect(exitCode).toBe(0);
  return Promise.all(FILES.map((name) => readFile(join(dir, out, name), 'utf8')));
}

describe('kg build properties, for any articles', () => {
  it('writes identical files when built twice, from the cache, or on two threads; the GEXF is well-formed XML', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(articleText, { minLength: 1, maxLength: 8 }), async (texts) => {
        run++;
        const input = join(dir, `in-${run}.jsonl`);
        // One article that is always usable, so every run builds.
        const lines = ['Tỉnh Bình Định.', ...texts].map((text, i) => JSON.stringify({ id: `a${i}`, title: text.slice(0, 30), text }));
        await writeFile(input, `${lines.join('\n')}\n`);
        const first = await build(input, `first-${run}`);
        expect(await build(input, `second-${run}`)).toEqual(first);
        expect(await build(input, `first-${run}`)).toEqual(first);
        if (run === 1) expect(await build(input, `jobs-${run}`, { jobs: 2 })).toEqual(first);
        expect(XMLValidator.validate(first[1]!)).toBe(true);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
