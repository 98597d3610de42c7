import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import type { ViewEdge, ViewNode } from '../ViewPayload.js';

/**
 * A node without its article list, size and colour (the page sizes and colours nodes itself, and
 * fetches the articles with the evidence); everything the canvas, filters and search read stays.
 * The page's mergePatch puts an empty `articles` back.
 */
export function compactNode(key: string, attributes: NodeAttributes): ViewNode {
  const { articles: _articles, size: _size, color: _color, ...rest } = attributes;
  return { key, attributes: rest as NodeAttributes };
}

/**
 * An edge without its evidence, articles, rules and drawing attributes: most of graph.json's bytes,
 * fetched when the panel opens. The page's mergePatch puts empty lists back.
 */
export function compactEdge(key: string, source: string, target: string, attributes: EdgeAttributes): ViewEdge {
  const { evidence: _evidence, articles: _articles, rules: _rules, label: _label, size: _size, color: _color, ...rest } = attributes;
  return { key, source, target, attributes: rest as EdgeAttributes };
}
