import { join } from 'node:path';
import { assembleGraph } from '../../src/assemble/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import type { Extraction, KgGraph } from '../../src/types.js';

export const SEEDS = join(import.meta.dirname, '../../seeds');

/** The graph `kg build seeds` makes (the same stages, in one thread; layout is left out: Neo4j gets no x/y). */
export async function seedsGraph(): Promise<KgGraph> {
  const extractions: Extraction[] = [];
  for await (const raw of readInputs([SEEDS], (w) => {
    throw new Error(`seeds: ${w.file}: ${w.reason}`);
  })) {
    extractions.push(extractArticle(raw));
  }
  return assembleGraph(extractions);
}
