import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from '../../src/types.js';
import { unmaskJson } from './internal/unmaskJson.js';

export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
}

/** Fetches and parses the graph the server publishes at `url` (graphology's `graph.export()` format). */
export async function loadGraph(url: string): Promise<KgGraph> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw new GraphLoadError(`could not reach the server for ${url} (${String(error)}); is \`npx kg view\` still running?`);
  }
  if (!response.ok) {
    throw new GraphLoadError(
      `${url}: HTTP ${response.status}. Build a graph first (\`npx kg build seeds --out graph\`) and serve it with \`npx kg view graph/graph.json\`.`,
    );
  }
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    performance.mark('kg:graph-fetched');
    data = JSON.parse(unmaskJson(await response.text())) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  } catch (error) {
    throw new GraphLoadError(`${url} is not valid JSON (${String(error)}); rebuild it with \`npx kg build\`.`);
  }
  if (!data || !Array.isArray(data.nodes)) {
    throw new GraphLoadError(`${url} is not a graphology serialization (no "nodes" array); rebuild it with \`npx kg build\`.`);
  }
  performance.mark('kg:graph-parsed');
  const graph: KgGraph = Graph.from<NodeAttributes, EdgeAttributes, GraphAttributes>(data);
  placeUnpositioned(graph);
  return graph;
}

/** Sigma refuses nodes without x/y; a graph from elsewhere may lack them, so such nodes get a circle. */
function placeUnpositioned(graph: KgGraph): void {
  let i = 0;
  const n = graph.order;
  graph.forEachNode((node, attrs) => {
    if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) return;
    const angle = (2 * Math.PI * i++) / n;
    graph.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  graph.forEachNode((node, attrs) => {
    if (typeof attrs.label !== 'string') graph.setNodeAttribute(node, 'label', node);
  });
}
