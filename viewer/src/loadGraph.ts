import Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from '../../src/types.js';
import { defaultEdgeKey } from '../../src/view/internal/compact.js';
import type { FirstView, GraphPatch } from '../../src/view/ViewPayload.js';
import { unmaskJson } from './internal/unmaskJson.js';
import { EDGE_COLORS, nodeColor } from './palette.js';
import { ServerData } from './ServerData.js';

/** Size written into a GEXF download for a node the server sent without one. */
const DEFAULT_SIZE = 5;

export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
}

/**
 * Fetches the first view the server publishes at `url` (src/view/ViewData.ts: compact records, no
 * evidence) and builds the page's graph from it; `server` fetches the rest on demand.
 */
export async function loadGraph(url: string): Promise<{ graph: KgGraph; server: ServerData }> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw new GraphLoadError(`could not reach the server for ${url} (${String(error)}); is \`npx kg view\` still running?`);
  }
  if (!response.ok) {
    const reason = response.status === 500 ? (await response.text()).trim() : `${url}: HTTP ${response.status}`;
    throw new GraphLoadError(
      `${reason}. Build a graph first (\`npx kg build seeds --out graph\`) and serve it with \`npx kg view graph/graph.json\`.`,
    );
  }
  performance.mark('kg:graph-fetched');
  let data: FirstView;
  try {
    data = JSON.parse(unmaskJson(await response.text())) as FirstView;
  } catch (error) {
    throw new GraphLoadError(`${url} is not valid JSON (${String(error)}); restart \`npx kg view\`.`);
  }
  performance.mark('kg:graph-parsed');
  const graph: KgGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes(data.attributes);
  mergePatch(graph, data);
  const { nodes: _nodes, edges: _edges, ...rest } = data;
  return { graph, server: new ServerData(rest) };
}

/** Adds the patch's nodes and edges the graph lacks; returns the nodes it added. */
export function mergePatch(graph: KgGraph, patch: GraphPatch): string[] {
  const added: string[] = [];
  let i = graph.order;
  for (const { key, attributes } of patch.nodes) {
    if (graph.hasNode(key)) continue;
    // Sigma refuses nodes without x/y; a graph from elsewhere may lack them, so such nodes get a circle.
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) {
      const angle = i++ * 2.399963;
      attributes.x = 100 * Math.cos(angle);
      attributes.y = 100 * Math.sin(angle);
    }
    if (typeof attributes.label !== 'string') attributes.label = key;
    // The server leaves out what the page fetches later or computes itself (src/view/internal/compact.ts);
    // the GEXF download still wants a colour and a size.
    attributes.articles ??= [];
    if (attributes.type !== 'Event' && attributes.type !== 'Article') {
      attributes.name ??= attributes.label;
      attributes.variants ??= [attributes.label];
    }
    attributes.color ??= nodeColor(attributes);
    attributes.size ??= DEFAULT_SIZE;
    graph.addNode(key, attributes);
    added.push(key);
  }
  for (const { key: sent, source, target, attributes } of patch.edges) {
    const key = sent ?? defaultEdgeKey(attributes.type, source, target);
    if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    attributes.evidence ??= [];
    attributes.articles ??= [];
    attributes.rules ??= [];
    attributes.dates ??= [];
    attributes.label ??= attributes.type;
    attributes.color ??= EDGE_COLORS[attributes.type] ?? '#cccccc';
    attributes.size ??= 1;
    graph.addEdgeWithKey(key, source, target, attributes);
  }
  return added;
}
