import type { KgGraph } from '../../src/types.js';

/**
 * Curvature for edges that share their two nodes with others (Izumisano VISITED and has an
 * AGREEMENT with Bình Định): drawn straight they would lie on top of each other. Spread
 * symmetrically around the straight line; an edge running the other way flips its sign,
 * because a curve bends to the left of its own direction. `base` is @sigma/edge-curve's
 * DEFAULT_EDGE_CURVATURE (passed in: that package needs WebGL as soon as it loads).
 */
export function parallelEdgeCurvatures(graph: KgGraph, base: number): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  const out = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.forEach((edge, i) => {
      const offset = i - (edges.length - 1) / 2 || 0.5;
      const forward = graph.source(edge) < graph.target(edge) ? 1 : -1;
      out.set(edge, base * offset * forward);
    });
  }
  return out;
}
