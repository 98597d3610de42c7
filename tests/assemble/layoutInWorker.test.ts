import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { layoutGraph, layoutInWorker } from '../../src/assemble/index.js';
import { hash32, initialPosition } from '../../src/assemble/internal/style.js';
import type { KgGraph } from '../../src/types.js';

/** `order` nodes at their hash-seeded positions, each linked to two pseudo-random others. */
function graphOf(order: number): KgGraph {
  const graph = new MultiDirectedGraph() as unknown as KgGraph;
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { ...initialPosition(`n${i}`), size: 1 + (i % 7) } as never);
  for (let i = 0; i < order && order > 1; i++) {
    for (const seed of [1, 2]) {
      const j = hash32(`n${i}`, seed) % order;
      if (j !== i) graph.addEdge(`n${i}`, `n${j}`, {} as never);
    }
  }
  return graph;
}

const positions = (graph: KgGraph) => graph.mapNodes((node, a) => [node, a.x, a.y]);

describe('layoutInWorker', () => {
  it.each([
    // [nodes]: empty, a few (plain FA2, many iterations), more than 2,000 (Barnes–Hut)
    [0],
    [12],
    [2_500],
  ])('%i nodes: the same positions as layoutGraph, to the bit', async (order) => {
    const here = graphOf(order);
    const there = graphOf(order);
    layoutGraph(here);
    await layoutInWorker(there);
    expect(positions(there)).toEqual(positions(here));
    if (order > 0) expect(positions(there)).not.toEqual(positions(graphOf(order)));
  });
});
