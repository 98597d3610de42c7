import type { KgGraph } from '../types.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** graphology's serialization; the assembler's key order makes it byte-stable. */
export function graphToJson(graph: KgGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

export async function writeGraphJson(graph: KgGraph, path: string): Promise<void> {
  await writeFileAtomic(path, graphToJson(graph));
}
