import type { NodeType, RelationType } from '../types.js';

/**
 * The whitelist of labels and relationship types, and the properties each one gets in Neo4j.
 * Query text is built only from these names, never from graph data.
 */
export type ScalarType = 'string' | 'float' | 'boolean';

export interface NodeSpec {
  /** Scalar properties, overwritten on every push. */
  scalars: Record<string, ScalarType>;
  /** String lists that grow on re-push (union, no duplicates). */
  lists: string[];
  /** Has `dateText`, `date` (Neo4j Date when the date is full) and `year`. */
  dated: boolean;
  /** Has `lat`, `lng` and `location` (WGS-84 point). */
  located: boolean;
}

export const NODE_LABELS = ['Article', 'Event', 'Locality', 'Organization', 'Person'] as const satisfies readonly NodeType[];
export type NodeLabel = (typeof NODE_LABELS)[number];

export const NODE_SPECS: Record<NodeLabel, NodeSpec> = {
  Article: { scalars: { name: 'string', nameFolded: 'string', title: 'string', url: 'string', source: 'string' }, lists: ['articles'], dated: true, located: false },
  Event: { scalars: { name: 'string', nameFolded: 'string', kind: 'string', status: 'string', where: 'string' }, lists: ['articles'], dated: true, located: false },
  Locality: {
    scalars: { name: 'string', nameFolded: 'string', kind: 'string', country: 'string', parent: 'string', currentUnit: 'string' },
    lists: ['variants', 'formerUnits', 'articles'],
    dated: false,
    located: true,
  },
  Organization: { scalars: { name: 'string', nameFolded: 'string', country: 'string' }, lists: ['variants', 'articles'], dated: false, located: false },
  Person: { scalars: { name: 'string', nameFolded: 'string', country: 'string' }, lists: ['variants', 'titles', 'articles'], dated: false, located: false },
};

export const RELATIONSHIP_TYPES = [
  'AGREEMENT',
  'HELD_IN',
  'HOLDS_POSITION',
  'LOCATED_IN',
  'MENTIONED_IN',
  'MET',
  'PARTICIPATED_IN',
  'VISITED',
] as const satisfies readonly RelationType[];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Every relationship has the same properties; absent ones are null. */
export const RELATIONSHIP_SCALARS: Record<string, ScalarType> = {
  undirected: 'boolean',
  status: 'string',
  kind: 'string',
  title: 'string',
  role: 'string',
};
export const RELATIONSHIP_LISTS = ['dates', 'articles', 'rules'];
/** Evidence as three parallel lists, one entry per (article, sentence, rule). */
export const EVIDENCE_LISTS = ['evidenceArticles', 'evidenceSentences', 'evidenceRules'] as const;

/**
 * Provenance links (entity → Article) are most of a corpus graph's relationships, and their other
 * properties repeat their end node: the article is the end node, the date is its date, the rule is
 * always `mention`, the id is `MENTIONED_IN:<source>|<target>`. Neo4j stores only their
 * `evidenceSentences`, which makes a push about twice as fast.
 */
export const MENTION_TYPES: readonly RelationshipType[] = ['MENTIONED_IN'];
export const MENTION_LIST = EVIDENCE_LISTS[1];

export function isMentionType(type: RelationshipType): boolean {
  return MENTION_TYPES.includes(type);
}

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
