import type { KgGraph } from '../types.js';
import { applyLayout, layoutJob, runLayoutJob } from './internal/layoutJob.js';

export { layoutIterations } from './internal/layoutJob.js';

/** ForceAtlas2 from the hash-seeded positions, in this thread; `layoutInWorker` gives the same positions. */
export function layoutGraph(graph: KgGraph): void {
  if (graph.order === 0) return;
  applyLayout(graph, runLayoutJob(layoutJob(graph)));
}
