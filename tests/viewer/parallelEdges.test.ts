import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';
import { parallelEdgeCurvatures } from '../../viewer/src/parallelEdges.js';

function graphOf(edges: Array<[string, string, string]>) {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  for (const [key, s, t] of edges) {
    g.mergeNode(s);
    g.mergeNode(t);
    g.addEdgeWithKey(key, s, t);
  }
  return g;
}

describe('parallelEdgeCurvatures', () => {
  it.each<[string, Array<[string, string, string]>, Record<string, number>]>([
    ['a single edge stays straight', [['e1', 'a', 'b']], {}],
    // two edges between the same nodes bend apart; the reverse one flips its sign to bend the same way
    ['two edges between the same pair', [['e1', 'a', 'b'], ['e2', 'a', 'b']], { e1: -0.125, e2: 0.125 }],
    ['opposite directions', [['e1', 'a', 'b'], ['e2', 'b', 'a']], { e1: -0.125, e2: -0.125 }],
    ['three edges: one straight in the middle', [['e1', 'a', 'b'], ['e2', 'a', 'b'], ['e3', 'a', 'b']], { e1: -0.25, e2: 0.125, e3: 0.25 }],
  ])('%s', (_, edges, expected) => {
    expect(Object.fromEntries(parallelEdgeCurvatures(graphOf(edges), 0.25))).toEqual(expected);
  });
});
