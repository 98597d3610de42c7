import { startWorker, workerScript } from '../internal/startWorker.js';
import type { KgGraph } from '../types.js';
import { applyLayout, layoutJob } from './internal/layoutJob.js';

/**
 * `layoutGraph` on a worker thread, so this one can write what does not depend on
 * positions (the edges) meanwhile. The positions are the same bits as `layoutGraph`'s.
 * Resolves once they are on the graph; until then the graph must not change.
 */
export async function layoutInWorker(graph: KgGraph): Promise<void> {
  if (graph.order === 0) return;
  const job = layoutJob(graph);
  const worker = startWorker(workerScript(import.meta.url, 'internal/layoutWorker'));
  try {
    const nodes = await new Promise<Float32Array<ArrayBuffer>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code}) before replying`)));
      worker.postMessage(job, [job.nodes.buffer, job.edges.buffer]);
    });
    applyLayout(graph, nodes);
  } finally {
    await worker.terminate();
  }
}
