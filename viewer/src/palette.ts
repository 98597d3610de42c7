import type { NodeAttributes, NodeType, RelationType } from '../../src/types.js';

import { NODE_COLORS } from '../../src/assemble/palette.js';

/** Same colours as the build, so PNGs match the Gephi export. */
export { EDGE_COLORS, NODE_COLORS, nodeColor } from '../../src/assemble/palette.js';

export const FADED_NODE = '#e6e6e6';

export const NODE_TYPES: NodeType[] = ['Person', 'Locality', 'Organization', 'Event', 'Article'];
export const RELATION_TYPES: RelationType[] = [
  'VISITED', 'MET', 'AGREEMENT', 'HOLDS_POSITION', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN', 'MENTIONED_IN',
];
/** The relations the timeline filters by date. */
export const TIMED_RELATIONS: ReadonlySet<RelationType> = new Set(['VISITED', 'MET', 'AGREEMENT']);

/** Legend rows: Vietnamese and Japanese localities get their own colours so the two sides read apart. */
export const LEGEND: { label: string; color: string }[] = [
  { label: 'Person', color: NODE_COLORS.Person },
  { label: 'Locality (Vietnam)', color: NODE_COLORS.LocalityVN },
  { label: 'Locality (Japan)', color: NODE_COLORS.LocalityJP },
  { label: 'Locality (other)', color: NODE_COLORS.Locality },
  { label: 'Organization', color: NODE_COLORS.Organization },
  { label: 'Event', color: NODE_COLORS.Event },
  { label: 'Article', color: NODE_COLORS.Article },
];

export function countryOf(attrs: NodeAttributes): string | null {
  return 'country' in attrs ? (attrs.country ?? null) : null;
}

/** Size by degree; MENTIONED_IN links are left out, or every node would be as big as its article count. */
export function nodeSize(degree: number): number {
  return Math.min(24, 3 + 1.6 * Math.sqrt(degree));
}
