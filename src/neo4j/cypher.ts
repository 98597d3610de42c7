import {
  EVIDENCE_LISTS, MENTION_LIST, NODE_LABELS, NODE_SPECS, RELATIONSHIP_LISTS, RELATIONSHIP_SCALARS, isMentionType,
  type NodeLabel, type RelationshipType,
} from './schema.js';

/**
 * The Cypher text of a push. Labels, types and property names come from the whitelist in
 * schema.ts; values come from `rows` (see toWireRow.ts), which is `$rows` for the driver or a
 * literal list in import.cypher — the same statements either way.
 *
 * Each batch has two statements, run in one transaction. `merge` gives what it creates all its
 * properties in one `SET += row.props`, and flags what already existed — which also write-locks
 * it, so `update` reads what concurrent pushes committed. `update` overwrites the scalars of the
 * flagged ones and unions their lists and evidence; a push runs it only when something existed,
 * so a first push never even plans it (planning it costs as much as writing 5,000 mentions).
 * `create` writes the same as `merge` without looking for what exists: only for a push into an
 * empty database (see freshLoad.ts).
 */
export interface BatchStatements {
  merge: string;
  update: string;
  create: string;
}

const FLAG = 'kgMerging';

/**
 * `v.k = v.k ∪ row.props.k`, keeping the stored order and appending what is new. An empty list is
 * stored as no property, as on the create path and in the neo4j-admin CSVs.
 */
function union(v: string, key: string, row = 'row'): string {
  return `${v}.${key} = nullIf(coalesce(${v}.${key}, []) + [x IN coalesce(${row}.props.${key}, []) WHERE NOT x IN coalesce(${v}.${key}, [])], [])`;
}

const overwrite = (v: string, keys: string[]) => keys.map((k) => `${v}.${k} = row.props.${k}`);
const DATE = (v: string) => [`${v}.date = date(row.date)`, `${v}.year = toInteger(row.year)`];
const LOCATION = (v: string) =>
  `${v}.location = CASE WHEN row.props.lat IS NULL OR row.props.lng IS NULL THEN null ELSE point({latitude: row.props.lat, longitude: row.props.lng}) END`;

function merge(v: string, pattern: string, onCreate: string[], row = 'row'): string[] {
  return [`MERGE ${pattern}`, `  ON CREATE SET ${[`${v} += ${row}.props`, ...onCreate].join(', ')}`, `  ON MATCH SET ${v}.${FLAG} = true`];
}

function create(v: string, pattern: string, onCreate: string[], row = 'row'): string[] {
  return [`CREATE ${pattern}`, `SET ${[`${v} += ${row}.props`, ...onCreate].join(', ')}`];
}

function update(v: string, match: string, sets: string[][]): string[] {
  return [`MATCH ${match} WHERE ${v}.${FLAG}`, `REMOVE ${v}.${FLAG}`, ...sets.map((items) => `SET ${items.join(',\n    ')}`)];
}

/** True when a merge flagged something of `pattern` (binding `v`) as already existing: then its update has work to do. */
export function flaggedExists(pattern: string, v: string): string {
  return `EXISTS { MATCH ${pattern} WHERE ${v}.${FLAG} }`;
}

function constraintName(name: string): string {
  return `kg_${name.toLowerCase()}_id`;
}

/**
 * Uniqueness of `id` per label: what makes node MERGE safe under concurrent pushes, and fast.
 * Relationships need none: the graph has at most one edge per (type, source, target), so they are
 * merged on their end nodes, which MERGE locks; an index on their ids would slow a push by a quarter.
 */
export function constraintStatements(): string[] {
  return NODE_LABELS.map((l) => `CREATE CONSTRAINT ${constraintName(l)} IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`);
}

/** The full-text index on names, for Browser/Bloom search and `db.index.fulltext.queryNodes`. */
export const NAME_INDEX = 'kg_names';

/**
 * What every load path creates besides the constraints, so the example queries and searches
 * seek instead of scanning: names (exact and, through the full-text index, diacritic-free via
 * `nameFolded`), countries, and the point index for distance questions.
 */
export function indexStatements(): string[] {
  return [
    `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.nameFolded]`,
    'CREATE POINT INDEX kg_locality_location IF NOT EXISTS FOR (n:Locality) ON (n.location)',
    ...NODE_LABELS.map((l) => `CREATE INDEX kg_${l.toLowerCase()}_name IF NOT EXISTS FOR (n:${l}) ON (n.name)`),
    ...(['Locality', 'Person', 'Organization'] as const).map((l) => `CREATE INDEX kg_${l.toLowerCase()}_country IF NOT EXISTS FOR (n:${l}) ON (n.country)`),
  ];
}

/** The name a schema statement gives its constraint or index (a constraint's backing index has the same name). */
export function schemaName(statement: string): string {
  return /^CREATE (?:\w+ )?(?:CONSTRAINT|INDEX) (\w+)/.exec(statement)![1]!;
}

/** Constraints, then indexes, as every load path runs them (then `CALL db.awaitIndexes`). */
export function schemaStatements(): string[] {
  return [...constraintStatements(), ...indexStatements()];
}

export function nodeStatements(label: NodeLabel, rows = '$rows'): BatchStatements {
  const spec = NODE_SPECS[label];
  const extra = [...(spec.dated ? DATE('n') : []), ...(spec.located ? [LOCATION('n')] : [])];
  const scalars = [...Object.keys(spec.scalars), ...(spec.dated ? ['dateText'] : []), ...(spec.located ? ['lat', 'lng'] : [])];
  const unwind = `UNWIND ${rows} AS row`;
  const match = `(n:${label} {id: row.id})`;
  return {
    merge: [unwind, ...merge('n', match, extra)].join('\n'),
    create: [unwind, ...create('n', match, extra)].join('\n'),
    update: [unwind, ...update('n', match, [[...overwrite('n', scalars), ...extra], spec.lists.map((k) => union('n', k))])].join('\n'),
  };
}

export function relationshipStatements(type: RelationshipType, from: NodeLabel, to: NodeLabel, rows = '$rows'): BatchStatements {
  const unwind = `UNWIND ${rows} AS row`;
  if (isMentionType(type)) {
    // One row per article (see MentionWireRow): the article is looked up once for all its mentions.
    const ends = [unwind, `MATCH (b:${to} {id: row.target})`, 'UNWIND row.mentions AS m', `MATCH (a:${from} {id: m.source})`];
    return {
      merge: [...ends, ...merge('r', `(a)-[r:${type}]->(b)`, [], 'm')].join('\n'),
      create: [...ends, ...create('r', `(a)-[r:${type}]->(b)`, [], 'm')].join('\n'),
      update: [
        unwind,
        'UNWIND row.mentions AS m',
        ...update('r', `(:${from} {id: m.source})-[r:${type}]->(:${to} {id: row.target})`, [[union('r', MENTION_LIST, 'm')]]),
      ].join('\n'),
    };
  }
  const triples = (v: string) =>
    `[i IN range(0, size(coalesce(${v}.${EVIDENCE_LISTS[1]}, [])) - 1) | [${EVIDENCE_LISTS.map((k) => `${v}.${k}[i]`).join(', ')}]]`;
  const ends = [unwind, `MATCH (a:${from} {id: row.source})`, `MATCH (b:${to} {id: row.target})`];
  const onCreate = ['r.id = row.id', ...DATE('r')];
  return {
    merge: [...ends, ...merge('r', `(a)-[r:${type}]->(b)`, onCreate)].join('\n'),
    create: [...ends, ...create('r', `(a)-[r:${type}]->(b)`, onCreate)].join('\n'),
    update: [
      unwind,
      ...update('r', `(:${from} {id: row.source})-[r:${type}]->(:${to} {id: row.target})`, [
        [...overwrite('r', [...Object.keys(RELATIONSHIP_SCALARS), 'dateText']), ...DATE('r')],
        RELATIONSHIP_LISTS.map((k) => union('r', k)),
      ]),
      `WITH r, ${triples('r')} AS old, ${triples('row.props')} AS incoming`,
      'WITH r, old + [t IN incoming WHERE NOT t IN old] AS merged',
      `SET ${EVIDENCE_LISTS.map((k, i) => `r.${k} = nullIf([t IN merged | t[${i}]], [])`).join(', ')}`,
    ].join('\n'),
  };
}
