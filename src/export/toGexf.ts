import type { EdgeAttributes, GraphSource, NodeAttributes } from '../types.js';
import { edgeSection, type GraphParts, type SectionOptions } from './internal/edgeSection.js';
import { dateRange, spanOf, type DateRange } from './internal/dateRange.js';
import { escapeXml, xmlAttrs } from './internal/xml.js';
import { attvalues, declare, observe, vizColor, type ColumnType } from './internal/gexfMarkup.js';

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

/**
 * GEXF 1.3 with typed attributes, viz data and time: dated edges and events carry
 * start/end, so Gephi's timeline filters the graph (graphology-gexf writes no dynamics).
 * In two parts, `nodes` (header, declarations, nodes) then `edges`. The edges are produced
 * first, since the declarations at the top need every row's types.
 */
export function gexfParts(graph: GraphSource, options: GexfOptions = {}, section: SectionOptions = {}): GraphParts {
  const formatNode = options.formatNode ?? defaultFormatNode;
  const formatEdge = options.formatEdge ?? defaultFormatEdge;
  const edgeColumns = new Map<string, ColumnType>();
  const color = vizColor();
  const records = { lengths: [] as number[], firstOffset: 0 };
  let edgesDone = false;
  let prepared: { columns: Map<string, ColumnType>; lines: string[] } | null = null;
  const nodeLine = (key: string, n: GexfNode) =>
    `      <node${xmlAttrs({ id: key, label: n.label, start: n.time?.start, end: n.time?.end })}>${attvalues(n.attributes)}${color(n.color)}<viz:size value="${n.size}"/>`;
  const position = (x: number, y: number) => `<viz:position${xmlAttrs({ x, y, z: 0 })}/></node>\n`;
  // Every edge is formatted, copied or not: the header declares the types of all their values.
  let formatted: { key: string; e: GexfEdge } | null = null;
  const format = (key: string, attributes: EdgeAttributes): GexfEdge => {
    if (formatted?.key !== key) formatted = { key, e: formatEdge(key, attributes) };
    return formatted.e;
  };
  return {
    records,
    *edges() {
      yield* edgeSection(graph, {
        open: '    <edges>\n', close: '    </edges>\n  </graph>\n</gexf>\n', separator: '',
        visit: ({ edge, attributes }) => observe(edgeColumns, format(edge, attributes).attributes),
        render: ({ edge: key, source, target, attributes }) => {
          const e = format(key, attributes);
          const attrs = xmlAttrs({ id: key, source, target, label: e.label, weight: e.weight, start: e.time?.start, end: e.time?.end });
          return `      <edge${attrs}>${attvalues(e.attributes)}${color(e.color)}</edge>\n`;
        },
        prefix: (key) => `      <edge id="${escapeXml(key)}"`,
      }, section, records);
      edgesDone = true;
    },
    prepare() {
      // A format of one's own may place nodes its own way: then nothing is rendered before the positions.
      if (options.formatNode) return;
      const columns = new Map<string, ColumnType>();
      const lines: string[] = [];
      for (const { node: key, attributes } of graph.nodeEntries()) {
        const n = formatNode(key, attributes);
        observe(columns, n.attributes);
        lines.push(nodeLine(key, n));
      }
      prepared = { columns, lines };
    },
    *nodes() {
      if (!edgesDone) throw new Error('gexfParts: read all of edges() before nodes(): the header declares the edge attributes');
      const columns = prepared?.columns ?? new Map<string, ColumnType>();
      const nodes: Array<{ key: string; n: GexfNode }> = [];
      for (const { node: key, attributes } of prepared ? [] : graph.nodeEntries()) {
        const n = formatNode(key, attributes);
        observe(columns, n.attributes);
        nodes.push({ key, n });
      }
      yield* [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ',
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
        'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
        `  <meta><creator>${escapeXml(graph.getAttributes().generator ?? 'kg-vnjp')}</creator>`,
        `<description>${escapeXml(graph.getAttributes().name ?? '')}</description></meta>\n`,
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n',
        declare('node', columns),
        declare('edge', edgeColumns),
        '    <nodes>\n',
      ];
      if (prepared) {
        // defaultFormatNode's x and y are the node's own.
        let i = 0;
        for (const { attributes: a } of graph.nodeEntries()) yield `${prepared.lines[i++]}${position(a.x, a.y)}`;
      } else {
        for (const { key, n } of nodes) yield `${nodeLine(key, n)}${position(n.x, n.y)}`;
      }
      yield '    </nodes>\n';
    },
  };
}

export function toGexf(graph: GraphSource, options: GexfOptions = {}): string {
  const parts = gexfParts(graph, options);
  const edges = [...parts.edges()];
  return [...parts.nodes(), ...edges].join('');
}
