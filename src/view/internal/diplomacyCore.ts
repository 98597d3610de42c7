import type { EdgeAttributes, NodeAttributes } from '../../types.js';

const DIPLOMACY = new Set(['VISITED', 'MET', 'AGREEMENT']);

interface EdgeRecord {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * The first view of a corpus-scale graph: localities and events that take part in some relation
 * (not merely mentioned), the people who hold office (HOLDS_POSITION), and whatever visits, meets
 * or signs an agreement. People and organizations that are only mentioned stay out of it.
 */
export function diplomacyCore(nodes: Map<string, NodeAttributes>, edges: Iterable<EdgeRecord>): Set<string> {
  const core = new Set<string>();
  for (const { source, target, attributes } of edges) {
    const type = attributes.type;
    if (type === 'MENTIONED_IN') continue;
    for (const end of [source, target]) {
      const endType = nodes.get(end)?.type;
      // Articles are sources, not actors: they come with a node's panel, never in the first view.
      if (endType === undefined || endType === 'Article') continue;
      if (endType === 'Locality' || endType === 'Event' || DIPLOMACY.has(type) || (type === 'HOLDS_POSITION' && end === source)) core.add(end);
    }
  }
  return core;
}
