import type { NodeAttributes, NodeType, RelationType } from '../../src/types.js';

/** Same colours as the build (src/assemble/internal/style.ts), so PNGs match the Gephi export. */
export const NODE_COLORS = {
  Person: '#e69f00',
  LocalityVN: '#d62728',
  LocalityJP: '#1f77b4',
  Locality: '#8c8c8c',
  Organization: '#2ca02c',
  Event: '#9467bd',
  Article: '#c7c7c7',
} as const;

export const EDGE_COLORS: Record<RelationType, string> = {
  VISITED: '#ff7f0e',
  MET: '#e377c2',
  AGREEMENT: '#17becf',
  HOLDS_POSITION: '#bcbd22',
  PARTICIPATED_IN: '#9467bd',
  HELD_IN: '#8c564b',
  LOCATED_IN: '#7f7f7f',
  MENTIONED_IN: '#dddddd',
};

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

export function nodeColor(attrs: NodeAttributes): string {
  if (attrs.type !== 'Locality') return NODE_COLORS[attrs.type] ?? NODE_COLORS.Locality;
  if (attrs.country === 'VN') return NODE_COLORS.LocalityVN;
  if (attrs.country === 'JP') return NODE_COLORS.LocalityJP;
  return NODE_COLORS.Locality;
}

/** Size by degree; MENTIONED_IN links are left out, or every node would be as big as its article count. */
export function nodeSize(degree: number): number {
  return Math.min(24, 3 + 1.6 * Math.sqrt(degree));
}
