import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssemblerState } from '../../src/assemble/GraphAssembler.js';
import { readStateFile, writeStateFile } from '../../src/cli/internal/stateFile.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'kg-state-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const stateOf = (nodes: number, edges: number) =>
  ({
    nodes: new Map(Array.from({ length: nodes }, (_, i) => [`n${i}`, { type: 'Locality', name: `Tỉnh ${i}`, articles: ['a'] }])),
    edges: new Map(Array.from({ length: edges }, (_, i) => [`e${i}`, { key: `e${i}`, source: 'n0', target: `n${i}`, attributes: { type: 'MET' } }])),
    articleCount: nodes + edges,
  }) as unknown as AssemblerState;

describe('state.bin', () => {
  it.each([
    ['empty', 0, 0],
    ['one chunk of each', 3, 2],
    ['several chunks, in order', 12_001, 5_000],
  ])('%s: reads back what was written', async (_, nodes, edges) => {
    const state = stateOf(nodes, edges);
    await writeStateFile(join(dir, 'state.bin'), 'tok', state);
    const back = await readStateFile(join(dir, 'state.bin'));
    expect(back.token).toBe('tok');
    expect([...back.state.nodes]).toEqual([...state.nodes]);
    expect([...back.state.edges]).toEqual([...state.edges]);
    expect(back.state.articleCount).toBe(nodes + edges);
  });

  it('refuses a truncated file', async () => {
    await writeStateFile(join(dir, 'state.bin'), 'tok', stateOf(10, 10));
    const data = await readFile(join(dir, 'state.bin'));
    await writeFile(join(dir, 'state.bin'), data.subarray(0, data.length - 7));
    await expect(readStateFile(join(dir, 'state.bin'))).rejects.toThrow();
  });
});
