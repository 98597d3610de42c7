import type { NodeAttributes, RelationType } from '../types.js';

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

/** Shared by the build (graph.json, GEXF) and the viewer, so PNGs and Gephi show the same colours. */
export function nodeColor(attrs: Pick<NodeAttributes, 'type'> & { country?: string | null }): string {
  if (attrs.type !== 'Locality') return NODE_COLORS[attrs.type];
  if (attrs.country === 'VN') return NODE_COLORS.LocalityVN;
  if (attrs.country === 'JP') return NODE_COLORS.LocalityJP;
  return NODE_COLORS.Locality;
}
