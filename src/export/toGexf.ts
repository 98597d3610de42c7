import type { EdgeAttributes, KgGraph, NodeAttributes } from '../types.js';
import { dateRange, spanOf, type DateRange } from './internal/dateRange.js';
import { escapeXml, xmlAttrs } from './internal/xml.js';

export type GexfValue = string | number | boolean | null;

export interface GexfNode {
  label: string;
  attributes: Record<string, GexfValue>;
  color: string;
  size: number;
  x: number;
  y: number;
  time?: DateRange | null;
}

export interface GexfEdge {
  label: string;
  weight: number;
  attributes: Record<string, GexfValue>;
  color: string;
  time?: DateRange | null;
}

export interface GexfOptions {
  formatNode?: (key: string, attrs: NodeAttributes) => GexfNode;
  formatEdge?: (key: string, attrs: EdgeAttributes) => GexfEdge;
}

export function defaultFormatNode(_key: string, a: NodeAttributes): GexfNode {
  const attributes: Record<string, GexfValue> = {
    type: a.type,
    kind: 'kind' in a ? a.kind : null,
    country: 'country' in a ? a.country : null,
    titles: a.type === 'Person' ? a.titles.join('; ') : null,
    date: 'date' in a ? a.date : null,
    status: a.type === 'Event' ? a.status : null,
    articles: a.articles.length,
  };
  const time = a.type === 'Event' ? dateRange(a.date) : null;
  return { label: a.label, attributes, color: a.color, size: a.size, x: a.x, y: a.y, time };
}

export function defaultFormatEdge(_key: string, a: EdgeAttributes): GexfEdge {
  const attributes: Record<string, GexfValue> = {
    type: a.type,
    date: a.date,
    kind: a.kind ?? null,
    status: a.status ?? null,
    evidence: a.evidence.length,
    sentence: a.evidence[0]?.sentence ?? null,
  };
  return { label: a.label, weight: a.size, attributes, color: a.color, time: spanOf(a.dates) };
}

function gexfType(values: GexfValue[]): 'integer' | 'double' | 'boolean' | 'string' {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'integer' : 'double';
  }
  return 'string';
}

/** Attribute declarations in first-seen order, typed from the values. */
function declare(cls: 'node' | 'edge', rows: Array<Record<string, GexfValue>>): string {
  const columns = new Map<string, GexfValue[]>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) (columns.get(k) ?? columns.set(k, []).get(k)!).push(v);
  const lines = [...columns].map(([id, values]) => `      <attribute${xmlAttrs({ id, title: id, type: gexfType(values) })}/>`);
  return `    <attributes class="${cls}">\n${lines.join('\n')}\n    </attributes>\n`;
}

function attvalues(row: Record<string, GexfValue>): string {
  const values = Object.entries(row)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<attvalue${xmlAttrs({ for: k, value: String(v) })}/>`);
  return values.length > 0 ? `<attvalues>${values.join('')}</attvalues>` : '';
}

function viz(color: string, size?: number, x?: number, y?: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? '999999';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let out = `<viz:color${xmlAttrs({ r, g, b })}/>`;
  if (size !== undefined) out += `<viz:size value="${size}"/>`;
  if (x !== undefined && y !== undefined) out += `<viz:position${xmlAttrs({ x, y, z: 0 })}/>`;
  return out;
}

/**
 * GEXF 1.3 with typed attributes, viz data and time: dated edges and events carry
 * start/end, so Gephi's timeline filters the graph (graphology-gexf writes no dynamics).
 */
export function* gexfChunks(graph: KgGraph, options: GexfOptions = {}): Generator<string> {
  const formatNode = options.formatNode ?? defaultFormatNode;
  const formatEdge = options.formatEdge ?? defaultFormatEdge;
  // Attribute declarations come first and need every row's types: format all, then stream.
  const nodes = graph.mapNodes((key, attrs) => ({ key, n: formatNode(key, attrs) }));
  const edges = graph.mapEdges((key, attrs, source, target) => ({ key, source, target, e: formatEdge(key, attrs) }));
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    `  <meta><creator>${escapeXml(graph.getAttribute('generator') ?? 'kg-vnjp')}</creator>`,
    `<description>${escapeXml(graph.getAttribute('name') ?? '')}</description></meta>\n`,
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n',
    declare('node', nodes.map(({ n }) => n.attributes)),
    declare('edge', edges.map(({ e }) => e.attributes)),
    '    <nodes>\n',
  ];
  for (const { key, n } of nodes) {
    const attrs = xmlAttrs({ id: key, label: n.label, start: n.time?.start, end: n.time?.end });
    yield `      <node${attrs}>${attvalues(n.attributes)}${viz(n.color, n.size, n.x, n.y)}</node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const { key, source, target, e } of edges) {
    const attrs = xmlAttrs({ id: key, source, target, label: e.label, weight: e.weight, start: e.time?.start, end: e.time?.end });
    yield `      <edge${attrs}>${attvalues(e.attributes)}${viz(e.color)}</edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

export function toGexf(graph: KgGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}
