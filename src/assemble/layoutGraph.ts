import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { KgGraph } from '../types.js';

// The package is CommonJS: under NodeNext its default import is the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/**
 * Iterations from a work budget of about 5 s: Barnes–Hut FA2 costs ~0.65 s per iteration
 * on a 22k-node/40k-edge graph on this 2-core machine. Small graphs get a settled layout,
 * a corpus-sized one (90k nodes, 230k edges) two passes; the viewer refines it live.
 */
export function layoutIterations(order: number, size = 0): number {
  return Math.max(2, Math.min(300, Math.round(5e5 / Math.max(1, order + size))));
}

/** ForceAtlas2 from the hash-seeded positions; deterministic (no randomness inside FA2). */
export function layoutGraph(graph: KgGraph): void {
  if (graph.order === 0) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
  forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order, graph.size), settings, getEdgeWeight: null });
  // Rounding keeps graph.json small and immune to last-digit float noise.
  graph.updateEachNodeAttributes((_node, attrs) => {
    attrs.x = Math.round(attrs.x * 1000) / 1000;
    attrs.y = Math.round(attrs.y * 1000) / 1000;
    return attrs;
  }, { attributes: ['x', 'y'] });
}
