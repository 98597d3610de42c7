import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/assemble/index.js';
import { graphToJson, toGexf, writeGexf, writeGraphJson } from '../../src/export/index.js';
import type { EdgeRecordIndex, EdgeReuse, KgGraph } from '../../src/types.js';
import { extraction } from '../assemble/fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-reuse-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

// a2 adds edges and changes some of a1's (the AGREEMENT's evidence, LOCATED_IN's articles).
const before = () => assembleGraph([extraction('a1', '2019-10')]);
const after = () => assembleGraph([extraction('a1', '2019-10'), extraction('a2', '2018-05-02')]);
const changedByA2 = (key: string) => after().getEdgeAttribute(key, 'articles').includes('a2');

const FORMATS = [
  ['graph.json', writeGraphJson, graphToJson],
  ['graph.gexf', writeGexf, toGexf],
] as const;

describe.each(FORMATS)('%s: copying unchanged edge records from the file it replaces', (name, write, whole) => {
  const path = () => join(dir, name);
  async function previous(): Promise<EdgeReuse & { index: EdgeRecordIndex }> {
    const graph: KgGraph = before();
    const index = await write(graph, path());
    return { keys: graph.edges(), index, unchanged: (key) => !changedByA2(key) };
  }

  it.each<[string, (reuse: EdgeReuse) => Promise<EdgeReuse>, 'fresh' | 'stale']>([
    ['the changed edges named', async (reuse) => reuse, 'fresh'],
    ['every edge called unchanged (so copying is seen to happen)', async (reuse) => ({ ...reuse, unchanged: () => true }), 'stale'],
    ['the previous file rewritten with the same size', async (reuse) => {
      await writeFile(path(), (await readFile(path(), 'utf8')).replaceAll('locality', 'lOcality'));
      return { ...reuse, unchanged: () => true };
    }, 'fresh'],
    ['the previous file of another size', async (reuse) => {
      await writeFile(path(), `${await readFile(path(), 'utf8')} `);
      return { ...reuse, unchanged: () => true };
    }, 'fresh'],
    ['the previous file gone', async (reuse) => {
      await rm(path());
      return { ...reuse, unchanged: () => true };
    }, 'fresh'],
  ])('with %s', async (_, prepare, expected) => {
    const reuse = await prepare(await previous());
    const index = await write(after(), path(), { reuse });
    const text = await readFile(path(), 'utf8');
    if (expected === 'fresh') expect(text).toBe(whole(after()));
    else expect(text).not.toBe(whole(after()));
    // The new index describes the new file: copying from it again gives the same bytes.
    await write(after(), path(), { reuse: { keys: after().edges(), index, unchanged: () => true } });
    expect(await readFile(path(), 'utf8')).toBe(text);
  });
});
