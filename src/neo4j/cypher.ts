import {
  EVIDENCE_LISTS, NODE_LABELS, NODE_SPECS, RELATIONSHIP_LISTS, RELATIONSHIP_TYPES,
  type NodeLabel, type RelationshipType,
} from './schema.js';

/**
 * The Cypher text of a push. Labels, types and property names come from the whitelist in
 * schema.ts; values come from `rows`, which is `$rows` for the driver or a literal list in
 * import.cypher — the same statements either way.
 */

/** `n.k = n.k ∪ row.lists.k`, keeping the stored order and appending what is new. */
function union(v: string, key: string): string {
  return `${v}.${key} = coalesce(${v}.${key}, []) + [x IN row.lists.${key} WHERE NOT x IN coalesce(${v}.${key}, [])]`;
}

const DATE = (v: string) =>
  `SET ${v}.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, ${v}.year = toInteger(row.year)`;

function constraintName(name: string): string {
  return `kg_${name.toLowerCase()}_id`;
}

/** Uniqueness of `id` per label and per relationship type: what makes MERGE safe under concurrent pushes. */
export function constraintStatements(): string[] {
  return [
    ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${constraintName(l)} IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    ...RELATIONSHIP_TYPES.map((t) => `CREATE CONSTRAINT ${constraintName(t)} IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`),
  ];
}

export function mergeNodesQuery(label: NodeLabel, rows = '$rows'): string {
  const spec = NODE_SPECS[label];
  const lines = [
    `UNWIND ${rows} AS row`,
    `MERGE (n:${label} {id: row.id})`,
    // Written first: it locks the node, so the list unions below read what concurrent pushes committed.
    'SET n += row.props',
    `SET ${spec.lists.map((k) => union('n', k)).join(',\n    ')}`,
  ];
  if (spec.dated) lines.push(DATE('n'));
  if (spec.located) {
    lines.push('SET n.location = CASE WHEN n.lat IS NULL OR n.lng IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lng}) END');
  }
  return lines.join('\n');
}

export function mergeRelationshipsQuery(type: RelationshipType, from: NodeLabel, to: NodeLabel, rows = '$rows'): string {
  const [ea, es, er] = EVIDENCE_LISTS;
  return [
    `UNWIND ${rows} AS row`,
    `MATCH (a:${from} {id: row.source})`,
    `MATCH (b:${to} {id: row.target})`,
    `MERGE (a)-[r:${type} {id: row.id}]->(b)`,
    'SET r += row.props',
    DATE('r'),
    `SET ${RELATIONSHIP_LISTS.map((k) => union('r', k)).join(',\n    ')}`,
    `WITH r, row, [i IN range(0, size(coalesce(r.${es}, [])) - 1) | [r.${ea}[i], r.${es}[i], r.${er}[i]]] AS old`,
    'WITH r, old + [t IN row.evidence WHERE NOT t IN old] AS merged',
    `SET r.${ea} = [t IN merged | t[0]], r.${es} = [t IN merged | t[1]], r.${er} = [t IN merged | t[2]]`,
  ].join('\n');
}
