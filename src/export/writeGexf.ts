import type { EdgeRecordIndex, GraphSource } from '../types.js';
import { gexfParts, type GexfOptions } from './toGexf.js';
import { writeParts, type WriteGraphOptions } from './writeParts.js';

/** Resolves to where the edge records lie in the written file, for the next build's `reuse`. */
export async function writeGexf(graph: GraphSource, path: string, options: GexfOptions & WriteGraphOptions = {}): Promise<EdgeRecordIndex> {
  return writeParts(path, (section) => gexfParts(graph, options, section), '', options);
}
