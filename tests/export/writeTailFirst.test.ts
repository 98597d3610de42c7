import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/assemble/index.js';
import { defaultFormatNode, gexfParts, graphJsonParts } from '../../src/export/index.js';
import type { KgGraph } from '../../src/types.js';
import { writeTailFirst } from '../../src/export/writeTailFirst.js';
import { extraction } from '../assemble/fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-tail-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeTailFirst', () => {
  it('produces the tail first, then prepares, asks for the head once ready, and writes head then tail', async () => {
    const steps: string[] = [];
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    function* tail() {
      steps.push('tail');
      yield 'T'.repeat(3 << 20);
      yield '!';
    }
    function* head() {
      steps.push('head');
      yield 'H';
    }
    const written = writeTailFirst(join(dir, 'out.txt'), { tail: tail(), prepare: () => steps.push('prepare'), ready, head });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).toEqual(['tail', 'prepare']);
    release();
    await written;
    expect(steps).toEqual(['tail', 'prepare', 'head']);
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(`H${'T'.repeat(3 << 20)}!`);
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('when ready rejects, leaves the previous file as it was and no temporary file', async () => {
    await writeFile(join(dir, 'out.txt'), 'previous');
    const ready = Promise.reject(new Error('layout failed'));
    await expect(writeTailFirst(join(dir, 'out.txt'), { tail: ['tail'], ready, head: () => ['head'] })).rejects.toThrow('layout failed');
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });
});

describe('gexfParts', () => {
  const graph = () => assembleGraph([extraction('a1', '2019-10'), extraction('a2', '2018-05-02')]);

  it('GEXF: the header needs the edges first, and says so', () => {
    expect(() => [...gexfParts(graph()).nodes()]).toThrow(/read all of edges\(\) before nodes\(\)/);
  });
});

describe.each([
  ['graph.json', (graph: KgGraph) => graphJsonParts(graph)],
  ['graph.gexf', (graph: KgGraph) => gexfParts(graph)],
  ['graph.gexf with its own formatNode', (graph: KgGraph) => gexfParts(graph, { formatNode: (key, a) => ({ ...defaultFormatNode(key, a), x: a.y, y: a.x }) })],
])('%s: nodes prepared before the layout', (_, partsOf) => {
  const fixtures = () => assembleGraph([extraction('a1', '2019-10'), extraction('a2', '2018-05-02')]);
  it.each<[string, () => KgGraph]>([
    ['the fixtures', fixtures],
    ['a label that spells the hole', () => {
      const graph = fixtures();
      graph.setNodeAttribute('person:abe', 'label', `"x":${Number.MIN_VALUE},"y":${Number.MIN_VALUE} \\"x\\":0`);
      return graph;
    }],
    ['a node without a position', () => {
      const graph = fixtures();
      graph.updateNodeAttributes('person:abe', ({ x: _x, y: _y, ...rest }) => rest as never);
      return graph;
    }],
  ])('%s: the same bytes as nodes rendered after it', (_, make) => {
    const graph = make();
    const parts = partsOf(graph);
    [...parts.edges()];
    parts.prepare();
    // What the layout does meanwhile.
    graph.updateEachNodeAttributes((node, a) => ('x' in a ? { ...a, x: node.length / 3, y: -node.length } : a));
    const fresh = partsOf(graph);
    [...fresh.edges()];
    expect([...parts.nodes()].join('')).toBe([...fresh.nodes()].join(''));
  });
});
