import {
  EVIDENCE_LISTS, NODE_LABELS, NODE_SPECS, RELATIONSHIP_LISTS, RELATIONSHIP_SCALARS, RELATIONSHIP_TYPES,
  type NodeLabel, type RelationshipType,
} from './schema.js';

/**
 * The Cypher text of a push. Labels, types and property names come from the whitelist in
 * schema.ts; values come from `rows` (see toWireRow.ts), which is `$rows` for the driver or a
 * literal list in import.cypher — the same statements either way.
 *
 * Two paths: what MERGE creates gets all its properties in one `SET += row.props` (the fast
 * path of a first push); what already existed is flagged ON MATCH — which also write-locks it,
 * so the merge below reads what concurrent pushes committed — then has its scalars overwritten
 * and its lists and evidence unioned.
 */
const FLAG = 'kgMerging';

/**
 * `v.k = v.k ∪ row.props.k`, keeping the stored order and appending what is new. An empty list is
 * stored as no property, as on the create path and in the neo4j-admin CSVs.
 */
function union(v: string, key: string): string {
  return `${v}.${key} = nullIf(coalesce(${v}.${key}, []) + [x IN coalesce(row.props.${key}, []) WHERE NOT x IN coalesce(${v}.${key}, [])], [])`;
}

const overwrite = (v: string, keys: string[]) => keys.map((k) => `${v}.${k} = row.props.${k}`);
const DATE = (v: string) => [`${v}.date = date(row.date)`, `${v}.year = toInteger(row.year)`];
const LOCATION = (v: string) =>
  `${v}.location = CASE WHEN row.props.lat IS NULL OR row.props.lng IS NULL THEN null ELSE point({latitude: row.props.lat, longitude: row.props.lng}) END`;

function merge(v: string, pattern: string, onCreate: string[]): string[] {
  return [
    `MERGE ${pattern}`,
    `  ON CREATE SET ${[`${v} += row.props`, ...onCreate].join(', ')}`,
    `  ON MATCH SET ${v}.${FLAG} = true`,
    `WITH ${v}, row WHERE ${v}.${FLAG}`,
    `REMOVE ${v}.${FLAG}`,
  ];
}

function constraintName(name: string): string {
  return `kg_${name.toLowerCase()}_id`;
}

/** Uniqueness of `id` per label and per relationship type: what makes MERGE safe under concurrent pushes, and fast. */
export function constraintStatements(): string[] {
  return [
    ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${constraintName(l)} IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    ...RELATIONSHIP_TYPES.map((t) => `CREATE CONSTRAINT ${constraintName(t)} IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.id IS UNIQUE`),
  ];
}

export function mergeNodesQuery(label: NodeLabel, rows = '$rows'): string {
  const spec = NODE_SPECS[label];
  const extra = [...(spec.dated ? DATE('n') : []), ...(spec.located ? [LOCATION('n')] : [])];
  const scalars = [...Object.keys(spec.scalars), ...(spec.dated ? ['dateText'] : []), ...(spec.located ? ['lat', 'lng'] : [])];
  return [
    `UNWIND ${rows} AS row`,
    ...merge('n', `(n:${label} {id: row.id})`, extra),
    `SET ${[...overwrite('n', scalars), ...extra].join(',\n    ')}`,
    `SET ${spec.lists.map((k) => union('n', k)).join(',\n    ')}`,
  ].join('\n');
}

export function mergeRelationshipsQuery(type: RelationshipType, from: NodeLabel, to: NodeLabel, rows = '$rows'): string {
  const triples = (v: string) =>
    `[i IN range(0, size(coalesce(${v}.${EVIDENCE_LISTS[1]}, [])) - 1) | [${EVIDENCE_LISTS.map((k) => `${v}.${k}[i]`).join(', ')}]]`;
  return [
    `UNWIND ${rows} AS row`,
    `MATCH (a:${from} {id: row.source})`,
    `MATCH (b:${to} {id: row.target})`,
    ...merge('r', `(a)-[r:${type} {id: row.id}]->(b)`, DATE('r')),
    `SET ${[...overwrite('r', [...Object.keys(RELATIONSHIP_SCALARS), 'dateText']), ...DATE('r')].join(',\n    ')}`,
    `SET ${RELATIONSHIP_LISTS.map((k) => union('r', k)).join(',\n    ')}`,
    `WITH r, ${triples('r')} AS old, ${triples('row.props')} AS incoming`,
    'WITH r, old + [t IN incoming WHERE NOT t IN old] AS merged',
    `SET ${EVIDENCE_LISTS.map((k, i) => `r.${k} = nullIf([t IN merged | t[${i}]], [])`).join(', ')}`,
  ].join('\n');
}
