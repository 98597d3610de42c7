import type { KgGraph } from '../types.js';
import { writeTailFirst } from './writeTailFirst.js';

/** graph.json in two parts, so a corpus-sized graph is never held as one string: `nodes` (options, attributes, nodes) then `edges`; either may be produced first. */
export function graphJsonParts(graph: KgGraph): { nodes: () => Generator<string>; edges: () => Generator<string> } {
  return {
    *nodes() {
      const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
      yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
      let first = true;
      for (const { node, attributes: a } of graph.nodeEntries()) {
        yield `${first ? '' : ','}${JSON.stringify({ key: node, attributes: a })}`;
        first = false;
      }
      yield '],';
    },
    *edges() {
      yield '"edges":[';
      let first = true;
      for (const { edge, source, target, attributes: a, undirected } of graph.edgeEntries()) {
        const serialized = undirected ? { key: edge, source, target, attributes: a, undirected } : { key: edge, source, target, attributes: a };
        yield `${first ? '' : ','}${JSON.stringify(serialized)}`;
        first = false;
      }
      yield ']}\n';
    },
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

export interface WriteGraphOptions {
  /** The nodes are written once this resolves (the layout); the edges, which do not depend on it, at once. */
  positioned?: Promise<unknown>;
}

export async function writeGraphJson(graph: KgGraph, path: string, options: WriteGraphOptions = {}): Promise<void> {
  const parts = graphJsonParts(graph);
  await writeTailFirst(path, parts.edges(), options.positioned ?? Promise.resolve(), parts.nodes);
}
