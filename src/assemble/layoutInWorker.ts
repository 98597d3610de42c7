import { startWorker, workerScript } from '../internal/startWorker.js';
import type { LayoutJob } from './internal/layoutJob.js';

/**
 * Runs a layout job (`layoutJobOf`) on a worker thread, so this one can build the graph and
 * write what does not depend on positions meanwhile; `applyLayout` then puts the positions,
 * the same bits as `layoutGraph`'s, on the graph.
 */
export async function layoutInWorker(job: LayoutJob): Promise<Float32Array<ArrayBuffer>> {
  if (job.nodes.length === 0) return job.nodes;
  const worker = startWorker(workerScript(import.meta.url, 'internal/layoutWorker'));
  try {
    return await new Promise<Float32Array<ArrayBuffer>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code}) before replying`)));
      worker.postMessage(job, [job.nodes.buffer, job.edges.buffer]);
    });
  } finally {
    await worker.terminate();
  }
}
