import type { KgGraph } from '../types.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/**
 * graphology's serialization (`JSON.stringify(graph.export())`), one node or edge at a time,
 * so a corpus-sized graph is never copied whole nor held as one string. The assembler's key
 * order makes it byte-stable.
 */
export function* graphJsonChunks(graph: KgGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield `${first ? '' : ','}${JSON.stringify({ key: node, attributes: a })}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const { edge, source, target, attributes: a, undirected } of graph.edgeEntries()) {
    const serialized = undirected ? { key: edge, source, target, attributes: a, undirected } : { key: edge, source, target, attributes: a };
    yield `${first ? '' : ','}${JSON.stringify(serialized)}`;
    first = false;
  }
  yield ']}\n';
}

export function graphToJson(graph: KgGraph): string {
  return [...graphJsonChunks(graph)].join('');
}

export async function writeGraphJson(graph: KgGraph, path: string): Promise<void> {
  await writeFileAtomic(path, graphJsonChunks(graph));
}
