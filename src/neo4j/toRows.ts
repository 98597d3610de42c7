import type { KgGraph } from '../types.js';
import { asFloat, asString, asStrings, readScalar, type Scalar } from './internal/values.js';
import { foldName } from './internal/foldName.js';
import { splitDate } from './internal/splitDate.js';
import { Neo4jError } from './Neo4jError.js';
import {
  NODE_LABELS, NODE_SPECS, RELATIONSHIP_LISTS, RELATIONSHIP_SCALARS, isNodeLabel, isRelationshipType,
  type NodeLabel, type RelationshipType,
} from './schema.js';

/** One node as sent to Neo4j: plain JSON values only, so the same rows work as parameters and as literals. */
export interface NodeRow {
  id: string;
  props: Record<string, Scalar>;
  lists: Record<string, string[]>;
  /** Full `YYYY-MM-DD` date, stored as a Neo4j Date. */
  date: string | null;
  year: number | null;
}

export interface RelationshipRow {
  id: string;
  source: string;
  target: string;
  props: Record<string, Scalar>;
  lists: Record<string, string[]>;
  date: string | null;
  year: number | null;
  /** `[article, sentence, rule]` triples. */
  evidence: [string, string, string][];
}

/** Relationships of one type between two labels: one query shape, so one batch family. */
export interface RelationshipGroup {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  rows: RelationshipRow[];
}

export interface GraphRows {
  nodes: Record<NodeLabel, NodeRow[]>;
  relationships: RelationshipGroup[];
}

/** Turns a KgGraph into rows per label and per (type, start label, end label), in key order. */
export function toRows(graph: KgGraph): GraphRows {
  const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, [] as NodeRow[]])) as Record<NodeLabel, NodeRow[]>;
  const labelOf = new Map<string, NodeLabel>();
  graph.forEachNode((id, attributes) => {
    const a = attributes as unknown as Record<string, unknown>;
    const label = a.type;
    if (!isNodeLabel(label)) {
      throw new Neo4jError(`node "${id}" has type ${JSON.stringify(label)}, expected one of ${NODE_LABELS.join(', ')}: rebuild the graph with \`kg build\``);
    }
    labelOf.set(id, label);
    const spec = NODE_SPECS[label];
    const props: Record<string, Scalar> = {};
    for (const [key, type] of Object.entries(spec.scalars)) props[key] = readScalar(a[key], type);
    props.name = asString(a.name) ?? asString(a.label) ?? id;
    props.nameFolded = foldName(props.name);
    const lists = Object.fromEntries(spec.lists.map((key) => [key, asStrings(a[key])]));
    let date: string | null = null;
    let year: number | null = null;
    if (spec.dated) {
      const split = splitDate(a.date);
      ({ date, year } = split);
      props.dateText = split.dateText;
    }
    if (spec.located) {
      props.lat = asFloat(a.lat);
      props.lng = asFloat(a.lng);
    }
    nodes[label].push({ id, props, lists, date, year });
  });

  const groups = new Map<string, RelationshipGroup>();
  graph.forEachEdge((id, attributes, source, target) => {
    const a = attributes as unknown as Record<string, unknown>;
    const type = a.type;
    if (!isRelationshipType(type)) {
      throw new Neo4jError(`edge "${id}" has type ${JSON.stringify(type)}, which is not a known relation type: rebuild the graph with \`kg build\``);
    }
    const from = labelOf.get(source)!;
    const to = labelOf.get(target)!;
    const key = `${type}|${from}|${to}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type, from, to, rows: [] }));
    const props: Record<string, Scalar> = {};
    for (const [k, t] of Object.entries(RELATIONSHIP_SCALARS)) props[k] = readScalar(a[k], t);
    const split = splitDate(a.date);
    props.dateText = split.dateText;
    const lists = Object.fromEntries(RELATIONSHIP_LISTS.map((k) => [k, asStrings(a[k])]));
    group.rows.push({ id, source, target, props, lists, date: split.date, year: split.year, evidence: readEvidence(a.evidence) });
  });
  const relationships = [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, g]) => g);
  return { nodes, relationships };
}

function readEvidence(value: unknown): [string, string, string][] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: [string, string, string][] = [];
  for (const e of value as Array<Record<string, unknown>>) {
    const triple: [string, string, string] = [asString(e?.article) ?? '', asString(e?.sentence) ?? '', asString(e?.rule) ?? ''];
    const key = JSON.stringify(triple);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(triple);
    }
  }
  return out;
}
