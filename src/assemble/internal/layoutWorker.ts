import { parentPort } from 'node:worker_threads';
import { runLayoutJob, type LayoutJob } from './layoutJob.js';

/** Runs one layout job from layoutInWorker.ts and hands the node matrix back (transferred, not copied). */
parentPort?.once('message', (job: LayoutJob) => {
  const nodes = runLayoutJob(job);
  parentPort?.postMessage(nodes, [nodes.buffer]);
});
