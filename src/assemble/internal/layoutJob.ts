import forceAtlas2Module from 'graphology-layout-forceatlas2';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { GraphSource, KgGraph } from '../../types.js';
import type { AssemblyOrder } from '../GraphAssembler.js';

// The package is CommonJS: under NodeNext its default import is the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** graphology-layout-forceatlas2's matrix strides (helpers.js): floats per node and per edge. */
const PER_NODE = 10;
const PER_EDGE = 3;

/** What ForceAtlas2 needs, as plain data: it can run in this thread or be posted to a worker. */
export interface LayoutJob {
  settings: Record<string, unknown>;
  /** graphology-layout-forceatlas2's node matrix (x, y, forces, mass, size per node, in graph order). */
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
  iterations: number;
}

/**
 * Iterations from a work budget: Barnes–Hut FA2 (θ 0.5) cost ~0.65 s per iteration on a
 * 22k-node/40k-edge graph on this 2-core machine. Small graphs get a settled layout, a
 * corpus-sized one (90k nodes, 230k edges) two passes; the viewer refines it live.
 */
export function layoutIterations(order: number, size = 0): number {
  return Math.max(2, Math.min(300, Math.round(5e5 / Math.max(1, order + size))));
}

/**
 * graphology's inferred settings, with Barnes–Hut above 2,000 nodes at θ = 1.2, the value of
 * Gephi's ForceAtlas2 and of its authors' sigma.js plugin (graphology's 0.5 is about 3.5 times
 * slower on the corpus graph).
 */
function settingsFor(order: number): Record<string, unknown> {
  const barnesHut = order > 2000;
  return { ...defaults, ...forceAtlas2.inferSettings(order), barnesHutOptimize: barnesHut, ...(barnesHut ? { barnesHutTheta: 1.2 } : {}) };
}

/** What `forceAtlas2.assign` does before iterating, from the hash-seeded positions; edges all weigh 1. */
export function layoutJob(graph: KgGraph): LayoutJob {
  const { nodes, edges } = graphToByteArrays(graph, () => 1);
  return { settings: settingsFor(graph.order), nodes, edges, iterations: layoutIterations(graph.order, graph.size) };
}

/**
 * The same job as `layoutJob(assembler.finish(order))`, from the order alone, so the layout
 * can run while the graph is built: graphToByteArrays's matrices, filled the same way.
 */
export function layoutJobOf(order: AssemblyOrder): LayoutJob {
  const nodes = new Float32Array(order.nodes.length * PER_NODE);
  const edges = new Float32Array(order.edges.length * PER_EDGE);
  order.nodes.forEach(([, a], i) => {
    const j = i * PER_NODE;
    nodes[j] = a.x;
    nodes[j + 1] = a.y;
    nodes[j + 6] = 1; // mass, plus one per edge below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = a.size || 1;
  });
  for (let i = 0; i < order.edges.length; i++) {
    const [s, t] = [order.ends[2 * i]! * PER_NODE, order.ends[2 * i + 1]! * PER_NODE];
    nodes[s + 6]! += 1;
    nodes[t + 6]! += 1;
    edges.set([s, t, 1], i * PER_EDGE);
  }
  return { settings: settingsFor(order.nodes.length), nodes, edges, iterations: layoutIterations(order.nodes.length, order.edges.length) };
}

/** Deterministic: FA2 has no randomness, and the same float operations give the same bits in any thread. */
export function runLayoutJob(job: LayoutJob): Float32Array<ArrayBuffer> {
  for (let i = 0; i < job.iterations; i++) iterate(job.settings, job.nodes, job.edges);
  return job.nodes;
}

/**
 * Positions back onto the nodes, rounded: graph.json stays small and immune to last-digit
 * float noise. The attribute objects are changed in place (no graphology events: nothing
 * listens to a graph being built).
 */
export function applyLayout(graph: GraphSource, nodes: Float32Array): void {
  let i = 0;
  for (const { attributes } of graph.nodeEntries()) {
    attributes.x = Math.round(nodes[i]! * 1000) / 1000;
    attributes.y = Math.round(nodes[i + 1]! * 1000) / 1000;
    i += PER_NODE;
  }
}
