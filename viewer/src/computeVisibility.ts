import type { KgGraph, NodeAttributes } from '../../src/types.js';
import { anyInRange } from './internal/dates.js';
import { countryOf, TIMED_RELATIONS } from './palette.js';
import type { ViewState } from './ViewState.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Which nodes and edges the filters let through. With the timeline on, only visits, meetings and
 * agreements dated inside the range are kept, with the events inside it (and their HELD_IN /
 * PARTICIPATED_IN links); other nodes stay only when such an edge touches them.
 * `placed` (geographic view) limits nodes to those with a position on the map.
 */
export function computeVisibility(graph: KgGraph, state: ViewState, placed: { has(node: string): boolean } | null = null): Visibility {
  const timeline = state.timeline;
  const nodeOk = (node: string, attrs: NodeAttributes): boolean => {
    if (!state.nodeTypes.has(attrs.type)) return false;
    if (state.countries && !state.countries.has(countryOf(attrs) ?? '-')) return false;
    if (placed && !placed.has(node)) return false;
    if (timeline && attrs.type === 'Event') return anyInRange([attrs.date], timeline.from, timeline.to);
    return true;
  };
  const candidates = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodeOk(node, attrs)) candidates.add(node);
  });

  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (!state.relationTypes.has(attrs.type) || !candidates.has(source) || !candidates.has(target)) return;
    if (timeline) {
      const timed = TIMED_RELATIONS.has(attrs.type);
      if (timed && !anyInRange([attrs.date, ...(attrs.dates ?? [])], timeline.from, timeline.to)) return;
      if (!timed && sourceAttrs.type !== 'Event' && targetAttrs.type !== 'Event') return;
    }
    edges.add(edge);
  });

  if (!timeline) return { nodes: candidates, edges };
  const nodes = new Set<string>();
  for (const node of candidates) {
    if (graph.getNodeAttribute(node, 'type') === 'Event') nodes.add(node);
  }
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return { nodes, edges };
}
