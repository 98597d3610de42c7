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
    if (DIPLOMACY.has(type)) {
      core.add(source);
      core.add(target);
    } else if (type === 'HOLDS_POSITION') core.add(source);
    for (const end of [source, target]) {
      const endType = nodes.get(end)?.type;
      if (endType === 'Locality' || endType === 'Event') core.add(end);
    }
  }
  return core;
}
