import type { KgGraph } from '../types.js';
import { gexfParts, type GexfOptions } from './toGexf.js';
import type { WriteGraphOptions } from './writeGraphJson.js';
import { writeTailFirst } from './writeTailFirst.js';

export async function writeGexf(graph: KgGraph, path: string, options: GexfOptions & WriteGraphOptions = {}): Promise<void> {
  const parts = gexfParts(graph, options);
  await writeTailFirst(path, parts.edges(), options.positioned ?? Promise.resolve(), parts.nodes);
}
