import type { Scalar } from './internal/values.js';
import { EVIDENCE_LISTS, MENTION_LIST } from './schema.js';
import type { NodeRow, RelationshipRow } from './toRows.js';

/**
 * A row as a push sends it (and import.cypher writes it): `props` holds only the properties that
 * have a value — scalars, non-empty lists, the evidence lists — so a new node or relationship is
 * written with one `SET x += row.props`. Sending nulls and empty lists costs Neo4j about as much
 * as real values, and most relationships have few.
 */
export interface WireRow {
  id: string;
  source?: string;
  target?: string;
  props: Record<string, Scalar | string[]>;
  /** Full `YYYY-MM-DD`, made a Neo4j Date by the query. */
  date: string | null;
  /** Made an integer by the query (parameters and literals carry numbers as floats). */
  year: number | null;
}

function present(entries: Array<[string, Scalar | string[]]>): Record<string, Scalar | string[]> {
  return Object.fromEntries(entries.filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));
}

export function nodeWireRow(row: NodeRow): WireRow {
  return { id: row.id, props: present([...Object.entries(row.props), ...Object.entries(row.lists)]), date: row.date, year: row.year };
}

export function relationshipWireRow(row: RelationshipRow): WireRow {
  const evidence = EVIDENCE_LISTS.map((k, i): [string, string[]] => [k, row.evidence.map((e) => e[i]!)]);
  return {
    id: row.id, source: row.source, target: row.target,
    props: present([...Object.entries(row.props), ...Object.entries(row.lists), ...evidence]),
    date: row.date, year: row.year,
  };
}

/**
 * The mentions of one article as one row, so a push looks the article up once, not once per
 * mention. A mention keeps only its sentences (see MENTION_TYPES).
 */
export interface MentionWireRow {
  target: string;
  mentions: Array<{ source: string; props: Record<string, string[]> }>;
}

/** `rows` all end at `target`. */
export function mentionWireRow(target: string, rows: RelationshipRow[]): MentionWireRow {
  const mentions = rows.map((row) => ({ source: row.source, props: present([[MENTION_LIST, row.evidence.map((e) => e[1])]]) as Record<string, string[]> }));
  return { target, mentions };
}
