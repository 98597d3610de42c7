import type { NodeType, RelationType } from '../../src/types.js';
import { NODE_TYPES, RELATION_TYPES } from './palette.js';

/** Everything a shared link must reproduce: selection, filters, timeline, layout mode. */
export interface ViewState {
  selected: string | null;
  /** A selected edge (its evidence in the panel); never set together with `selected`. */
  edge: string | null;
  nodeTypes: Set<NodeType>;
  relationTypes: Set<RelationType>;
  /** Countries shown (`-` stands for "no country"); null shows every node. */
  countries: Set<string> | null;
  /** Month indexes (see internal/dates.ts), inclusive; null when the timeline is off. */
  timeline: { from: number; to: number } | null;
  geo: boolean;
}

/** Articles are hidden by default: every entity links to them and they would drown the graph. */
export function defaultViewState(): ViewState {
  return {
    selected: null,
    edge: null,
    nodeTypes: new Set(NODE_TYPES.filter((type) => type !== 'Article')),
    relationTypes: new Set(RELATION_TYPES),
    countries: null,
    timeline: null,
    geo: false,
  };
}
