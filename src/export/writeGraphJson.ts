import type { EdgeRecordIndex, KgGraph } from '../types.js';
import { edgeSection, type EdgeEntry, type GraphParts, type SectionOptions } from './internal/edgeSection.js';
import { writeParts, type WriteGraphOptions } from './writeParts.js';

const edgeRecord = ({ edge: key, source, target, attributes, undirected }: EdgeEntry) =>
  JSON.stringify(undirected ? { key, source, target, attributes, undirected } : { key, source, target, attributes });

/**
 * graph.json in two parts, so a corpus-sized graph is never held as one string: `nodes`
 * (options, attributes, nodes) then `edges`.
 */
export function graphJsonParts(graph: KgGraph, options: SectionOptions = {}): GraphParts {
  const records = { lengths: [] as number[], firstOffset: 0 };
  const separator = ',';
  return {
    records,
    *nodes() {
      const settings = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
      yield `{"options":${JSON.stringify(settings)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
      let first = true;
      for (const { node, attributes: a } of graph.nodeEntries()) {
        yield `${first ? '' : ','}${JSON.stringify({ key: node, attributes: a })}`;
        first = false;
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
export function graphToJson(graph: KgGraph): string {
  const parts = graphJsonParts(graph);
  return [...parts.nodes(), ...parts.edges()].join('');
}

/** Resolves to where the edge records lie in the written file, for the next build's `reuse`. */
export async function writeGraphJson(graph: KgGraph, path: string, options: WriteGraphOptions = {}): Promise<EdgeRecordIndex> {
  return writeParts(path, (section) => graphJsonParts(graph, section), ',', options);
}
