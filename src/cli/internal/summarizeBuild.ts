import type { BuildSummary, GraphSource, IngestWarning } from '../../types.js';

export interface BuildFacts {
  inputs: string[];
  articlesRead: number;
  skipped: IngestWarning[];
  outDir: string;
  /** `performance.now()` when the build started. */
  started: number;
  files: string[];
}

/** What report.md and the closing lines of `kg build` say: counts per entity and relation type. */
export function summarizeBuild(graph: GraphSource, facts: BuildFacts): BuildSummary {
  const entitiesByType: Record<string, number> = {};
  const relationsByType: Record<string, number> = {};
  for (const { attributes } of graph.nodeEntries()) {
    if (attributes.type !== 'Article') entitiesByType[attributes.type] = (entitiesByType[attributes.type] ?? 0) + 1;
  }
  for (const { attributes } of graph.edgeEntries()) relationsByType[attributes.type] = (relationsByType[attributes.type] ?? 0) + 1;
  const { inputs, articlesRead, skipped, outDir, started, files } = facts;
  return {
    inputs, articlesRead, skipped, entitiesByType, relationsByType,
    nodes: graph.order, edges: graph.size, seconds: (performance.now() - started) / 1000, outDir, files,
  };
}
