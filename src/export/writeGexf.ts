import type { KgGraph } from '../types.js';
import { gexfChunks, type GexfOptions } from './toGexf.js';
import { writeFileAtomic } from './writeFileAtomic.js';

export async function writeGexf(graph: KgGraph, path: string, options?: GexfOptions): Promise<void> {
  await writeFileAtomic(path, gexfChunks(graph, options));
}
