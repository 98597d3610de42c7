import { readFile } from 'node:fs/promises';
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from '../types.js';
import { Neo4jError } from './Neo4jError.js';

/** Reads a `graph.json` written by `kg build` (graphology serialization). */
export async function readGraphFile(path: string): Promise<KgGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Neo4jError(`${path} not found: run \`kg build <inputs...>\` first, or give the inputs here (\`kg neo4j push seeds\`), or pass --graph`);
    }
    throw new Neo4jError(`${path}: cannot read it (${(error as Error).message})`);
  }
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch (error) {
    throw new Neo4jError(`${path} is not valid JSON (${(error as Error).message}): rebuild it with \`kg build\``);
  }
  if (!data || !Array.isArray(data.nodes)) {
    throw new Neo4jError(`${path} is not a graphology graph (no "nodes" list): rebuild it with \`kg build\``);
  }
  let graph: KgGraph;
  try {
    // The file's own options (multi or not): edges of several types between the same two nodes need multi.
    const GraphClass = data.options?.multi ? MultiDirectedGraph : DirectedGraph;
    graph = new GraphClass<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: data.options?.allowSelfLoops ?? false });
    graph.import(data);
  } catch (error) {
    throw new Neo4jError(`${path} is not a valid graph (${(error as Error).message}): rebuild it with \`kg build\``);
  }
  return graph;
}
