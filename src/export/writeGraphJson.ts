import type { EdgeRecordIndex, GraphSource, NodeAttributes } from '../types.js';
import { edgeSection, type EdgeEntry, type GraphParts, type SectionOptions } from './internal/edgeSection.js';
import { writeParts, type WriteGraphOptions } from './writeParts.js';

/** A position no layout gives, so its place in a rendered node is found again. */
const HOLE = Number.MIN_VALUE;
const HOLES = `"x":${HOLE},"y":${HOLE}`;

/** A node's record around its position (`"x":` … `,"y":` … ), or null when x and y are not side by side. */
function nodeTemplate(key: string, a: NodeAttributes): [string, string] | null {
  // The spread keeps the key order; a quote inside a string value is escaped, so HOLES is found only where x and y are.
  const record = JSON.stringify({ key, attributes: { ...a, x: HOLE, y: HOLE } });
  const at = record.indexOf(HOLES);
  return at < 0 ? null : [record.slice(0, at + 4), record.slice(at + HOLES.length)];
}

// Used only if the node has a position by then: without one, its record has no x and y at all.
const nodeRecord = (key: string, a: NodeAttributes, template: [string, string] | null | undefined) =>
  template && typeof a.x === 'number' && typeof a.y === 'number'
    ? `${template[0]}${JSON.stringify(a.x)},"y":${JSON.stringify(a.y)}${template[1]}`
    : JSON.stringify({ key, attributes: a });

const edgeRecord = ({ edge: key, source, target, attributes, undirected }: EdgeEntry) =>
  JSON.stringify(undirected ? { key, source, target, attributes, undirected } : { key, source, target, attributes });

/**
 * graph.json in two parts, so a corpus-sized graph is never held as one string: `nodes`
 * (options, attributes, nodes) then `edges`.
 */
export function graphJsonParts(graph: GraphSource, options: SectionOptions = {}): GraphParts {
  const records = { lengths: [] as number[], firstOffset: 0 };
  const separator = ',';
  let templates: Array<[string, string] | null> = [];
  return {
    records,
    prepare() {
      templates = Array.from(graph.nodeEntries(), ({ node, attributes }) => nodeTemplate(node, attributes));
    },
    *nodes() {
      const settings = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
      yield `{"options":${JSON.stringify(settings)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
      let i = 0;
      for (const { node, attributes: a } of graph.nodeEntries()) {
        yield `${i === 0 ? '' : ','}${nodeRecord(node, a, templates[i])}`;
        i++;
      }
      yield '],';
    },
    edges: () => edgeSection(graph, {
      open: '"edges":[', close: ']}\n', separator, render: edgeRecord,
      prefix: (key) => `{"key":${JSON.stringify(key)}`,
    }, options, records),
  };
}

/**
 * graphology's serialization (`JSON.stringify(graph.export())`) as one string; files are
 * written a node or edge at a time (writeGraphJson). The assembler's key order makes it byte-stable.
 */
export function graphToJson(graph: GraphSource): string {
  const parts = graphJsonParts(graph);
  return [...parts.nodes(), ...parts.edges()].join('');
}

/** Resolves to where the edge records lie in the written file, for the next build's `reuse`. */
export async function writeGraphJson(graph: GraphSource, path: string, options: WriteGraphOptions = {}): Promise<EdgeRecordIndex> {
  return writeParts(path, (section) => graphJsonParts(graph, section), ',', options);
}
