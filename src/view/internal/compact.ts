import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import type { ViewEdge, ViewNode } from '../ViewPayload.js';

/** A node without its article list (the panel fetches it); everything the canvas, filters and search read stays. */
export function compactNode(key: string, attributes: NodeAttributes): ViewNode {
  return { key, attributes: { ...attributes, articles: [] } };
}

/** An edge without its evidence, articles and rules: most of graph.json's bytes, fetched when the panel opens. */
export function compactEdge(key: string, source: string, target: string, attributes: EdgeAttributes): ViewEdge {
  return { key, source, target, attributes: { ...attributes, evidence: [], articles: [], rules: [] } };
}
