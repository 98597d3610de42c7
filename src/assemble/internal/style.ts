import type { NodeAttributes, RelationType } from '../../types.js';

/** Colours by node type; Vietnamese and Japanese localities differ so the two sides read apart. */
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

export function nodeColor(attrs: Pick<NodeAttributes, 'type'> & { country?: string | null }): string {
  if (attrs.type !== 'Locality') return NODE_COLORS[attrs.type];
  if (attrs.country === 'VN') return NODE_COLORS.LocalityVN;
  if (attrs.country === 'JP') return NODE_COLORS.LocalityJP;
  return NODE_COLORS.Locality;
}

export function nodeSize(degree: number): number {
  return Math.min(30, 3 + 2 * Math.sqrt(degree));
}

/** FNV-1a: initial positions come from the node id, so layouts are reproducible. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function initialPosition(id: string): { x: number; y: number } {
  const x = (hash32(id) / 0xffffffff) * 200 - 100;
  const y = (hash32(id, 0x9747b28c) / 0xffffffff) * 200 - 100;
  return { x, y };
}
