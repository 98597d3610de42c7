import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import type { ViewEdge, ViewNode } from '../ViewPayload.js';

/**
 * A node without its article list, size and colour (the page sizes and colours nodes itself, and
 * fetches the articles with the evidence); everything the canvas, filters and search read stays.
 * A name or a variant list that only repeats the label is left out too. The page's mergePatch
 * (viewer/src/loadGraph.ts) puts all of these back.
 */
export function compactNode(key: string, attributes: NodeAttributes): ViewNode {
  const { articles: _articles, size: _size, color: _color, ...rest } = attributes;
  const named = rest as Partial<Record<'name' | 'label', string>> & { variants?: string[] };
  if (named.name === named.label) delete named.name;
  if (named.variants?.length === 1 && named.variants[0] === named.label) delete named.variants;
  return { key, attributes: rest as NodeAttributes };
}

/** The key `kg build` gives most edges; such a key is not sent, the page rebuilds it. */
export function defaultEdgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}|${target}`;
}

/**
 * An edge without its evidence, articles, rules and drawing attributes: most of graph.json's bytes,
 * fetched when the panel opens. The page's mergePatch puts empty lists back.
 */
export function compactEdge(key: string, source: string, target: string, attributes: EdgeAttributes): ViewEdge {
  const { evidence: _evidence, articles: _articles, rules: _rules, label: _label, size: _size, color: _color, ...rest } = attributes;
  const edge: ViewEdge = { source, target, attributes: rest as EdgeAttributes };
  if (key !== defaultEdgeKey(attributes.type, source, target)) edge.key = key;
  return edge;
}
