import type { KgGraph } from '../types.js';
import {
  NODE_LABELS, NODE_SPECS, EVIDENCE_LISTS, MENTION_LIST, RELATIONSHIP_LISTS, RELATIONSHIP_SCALARS, isMentionType,
  type NodeLabel, type RelationshipType, type ScalarType,
} from './schema.js';
import { escapeBackslashes } from './internal/loadCsvEscape.js';
import { toRows, type NodeRow, type RelationshipRow } from './toRows.js';

/**
 * One CSV file: its path for neo4j-admin, the path import.cypher reads with LOAD CSV (the same
 * file, or its escaped copy under `load-csv/` when it holds a backslash: see loadCsvEscape.ts),
 * what it holds and its header row.
 */
export type CsvTable = { file: string; loadCsvFile: string; headers: string[] } & (
  | { kind: 'nodes'; label: NodeLabel }
  | { kind: 'relationships'; type: RelationshipType; from: NodeLabel; to: NodeLabel }
);

export interface AdminCsv {
  /** Path relative to the export directory → file content (neo4j-admin's files and the escaped copies import.cypher reads). */
  files: Map<string, string>;
  tables: CsvTable[];
  /** Array delimiter the files use: the first of `;`, U+001F… that no list item contains (see arrayDelimiter). */
  arrayDelimiter: string;
  /** `neo4j-admin database import full` command line, to be run from the export directory. */
  command: string;
}

interface Column<Row> {
  header: string;
  value: (row: Row) => unknown;
}

const TYPE_SUFFIX: Record<ScalarType, string> = { string: '', float: ':float', boolean: ':boolean' };
/**
 * neo4j-admin has no escape inside an array field, so the delimiter must be a character no list
 * item holds: `;` when it is free (readable), else an information separator, else a private-use
 * character.
 */
const DELIMITERS = [';', '\u001f', '\u001e', '\u001d', '\u001c', ...Array.from({ length: 0x1900 }, (_, i) => String.fromCharCode(0xe000 + i))];

function arrayDelimiter(items: string[]): string {
  const used = new Set<string>();
  for (const item of items) for (const ch of item) used.add(ch);
  const free = DELIMITERS.find((d) => !used.has(d));
  if (free === undefined) throw new Error('every candidate array delimiter occurs in some list item');
  return free;
}

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
  const delimiter = arrayDelimiter(allLists);
  const files = new Map<string, string>();
  const tables: CsvTable[] = [];
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
    const loadCsvFile = addFile(files, name, csvFile(columns, nodes[label], delimiter));
    tables.push({ file: name, loadCsvFile, headers: columns.map((c) => c.header), kind: 'nodes', label });
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
    const loadCsvFile = addFile(files, name, csvFile(columns, group.rows, delimiter));
    tables.push({ file: name, loadCsvFile, headers: columns.map((c) => c.header), kind: 'relationships', type: group.type, from: group.from, to: group.to });
    args.push(`--relationships=${name}`);
  }

  const delimiterArg = delimiter === ';' ? "';'" : `U+${delimiter.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const command = [
    '"${NEO4J_ADMIN:-neo4j-admin}" database import full "${1:-neo4j}" --overwrite-destination',
    `--array-delimiter=${delimiterArg} --multiline-fields=true`,
    ...args,
  ].join(' \\\n  ');
  return { files, tables, arrayDelimiter: delimiter, command };
}

/** Adds the neo4j-admin file and, when it holds a backslash, its escaped copy; returns the path LOAD CSV reads. */
function addFile(files: Map<string, string>, name: string, content: string): string {
  files.set(name, content);
  if (!content.includes('\\')) return name;
  const copy = `load-csv/${name}`;
  files.set(copy, escapeBackslashes(content));
  return copy;
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
