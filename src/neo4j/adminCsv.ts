import type { KgGraph } from '../types.js';
import {
  NODE_LABELS, NODE_SPECS, EVIDENCE_LISTS, MENTION_LIST, RELATIONSHIP_LISTS, RELATIONSHIP_SCALARS, isMentionType, type ScalarType,
} from './schema.js';
import { toRows, type NodeRow, type RelationshipRow } from './toRows.js';

export interface AdminCsv {
  /** Path relative to the export directory → file content. */
  files: Map<string, string>;
  /** Array delimiter the files use: `;`, or U+001F when some list item contains `;`. */
  arrayDelimiter: string;
  /** `neo4j-admin database import full` command line, to be run from the export directory. */
  command: string;
}

interface Column<Row> {
  header: string;
  value: (row: Row) => unknown;
}

const TYPE_SUFFIX: Record<ScalarType, string> = { string: '', float: ':float', boolean: ':boolean' };
const UNIT_SEPARATOR = '\u001f';

/**
 * CSV files for `neo4j-admin database import` (the bulk path): one node file per label with an
 * `id:ID(<Label>)` column, one relationship file per (type, start label, end label), typed headers
 * (`date:date`, `year:int`, `lat:float`, `location:point`, `articles:string[]`…), the same
 * properties a push writes.
 */
export function adminCsv(graph: KgGraph): AdminCsv {
  const { nodes, relationships } = toRows(graph);
  const allLists = [
    ...NODE_LABELS.flatMap((l) => nodes[l].flatMap((r) => Object.values(r.lists).flat())),
    ...relationships.flatMap((g) => g.rows.flatMap((r) => [...Object.values(r.lists).flat(), ...r.evidence.flat()])),
  ];
  const delimiter = allLists.some((item) => item.includes(';')) ? UNIT_SEPARATOR : ';';
  const files = new Map<string, string>();
  const args: string[] = [];

  for (const label of NODE_LABELS) {
    if (nodes[label].length === 0) continue;
    const spec = NODE_SPECS[label];
    const columns: Column<NodeRow>[] = [
      { header: `id:ID(${label})`, value: (r) => r.id },
      { header: ':LABEL', value: () => label },
      ...Object.entries(spec.scalars).map(([k, t]) => ({ header: `${k}${TYPE_SUFFIX[t]}`, value: (r: NodeRow) => r.props[k] })),
      ...(spec.dated ? dateColumns<NodeRow>() : []),
      ...(spec.located
        ? [
            { header: 'lat:float', value: (r: NodeRow) => r.props.lat },
            { header: 'lng:float', value: (r: NodeRow) => r.props.lng },
            { header: 'location:point{crs:WGS-84}', value: (r: NodeRow) => point(r.props.lat, r.props.lng) },
          ]
        : []),
      ...spec.lists.map((k) => ({ header: `${k}:string[]`, value: (r: NodeRow) => r.lists[k] })),
    ];
    const name = `nodes/${label}.csv`;
    files.set(name, csvFile(columns, nodes[label], delimiter));
    args.push(`--nodes=${name}`);
  }

  for (const group of relationships) {
    const columns: Column<RelationshipRow>[] = [
      { header: `:START_ID(${group.from})`, value: (r) => r.source },
      { header: `:END_ID(${group.to})`, value: (r) => r.target },
      { header: ':TYPE', value: () => group.type },
      ...(isMentionType(group.type) ? mentionColumns() : propertyColumns()),
    ];
    const name = `relationships/${group.type}-${group.from}-${group.to}.csv`;
    files.set(name, csvFile(columns, group.rows, delimiter));
    args.push(`--relationships=${name}`);
  }

  const delimiterArg = delimiter === ';' ? "';'" : 'U+001F';
  const command = [
    '"${NEO4J_ADMIN:-neo4j-admin}" database import full "${1:-neo4j}" --overwrite-destination',
    `--array-delimiter=${delimiterArg} --multiline-fields=true`,
    ...args,
  ].join(' \\\n  ');
  return { files, arrayDelimiter: delimiter, command };
}

function propertyColumns(): Column<RelationshipRow>[] {
  return [
    { header: 'id', value: (r) => r.id },
    ...Object.entries(RELATIONSHIP_SCALARS).map(([k, t]) => ({ header: `${k}${TYPE_SUFFIX[t]}`, value: (r: RelationshipRow) => r.props[k] })),
    ...dateColumns<RelationshipRow>(),
    ...RELATIONSHIP_LISTS.map((k) => ({ header: `${k}:string[]`, value: (r: RelationshipRow) => r.lists[k] })),
    ...EVIDENCE_LISTS.map((k, i) => ({ header: `${k}:string[]`, value: (r: RelationshipRow) => r.evidence.map((e) => e[i]) })),
  ];
}

/** A mention keeps only its sentences (see MENTION_TYPES), as on a push. */
function mentionColumns(): Column<RelationshipRow>[] {
  return [{ header: `${MENTION_LIST}:string[]`, value: (r) => r.evidence.map((e) => e[1]) }];
}

function dateColumns<Row extends NodeRow | RelationshipRow>(): Column<Row>[] {
  return [
    { header: 'dateText', value: (r) => r.props.dateText },
    { header: 'date:date', value: (r) => r.date },
    { header: 'year:int', value: (r) => r.year },
  ];
}

function point(lat: unknown, lng: unknown): string | null {
  return typeof lat === 'number' && typeof lng === 'number' ? `{latitude:${lat},longitude:${lng}}` : null;
}

function csvFile<Row>(columns: Column<Row>[], rows: Row[], delimiter: string): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvValue(c.value(row), delimiter)).join(','));
  return `${lines.join('\n')}\n`;
}

/** null, undefined and [] become an empty field: neo4j-admin then sets no property. */
function csvValue(value: unknown, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : csvField(value.join(delimiter));
  return csvField(String(value));
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
