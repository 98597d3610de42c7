import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerScript } from '../../internal/startWorker.js';
import { extractArticle } from '../../pipeline/extractArticle.js';
import type { Extraction, RawArticle } from '../../types.js';

/** An article's extraction, and the same as a JSON line. */
export interface Extracted {
  extraction: Extraction;
  json: string;
}

export interface ExtractPool {
  /** Rejects with the extractor's error, or when the article takes longer than the time limit. */
  extract(raw: RawArticle): Promise<Extracted>;
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  /** An article taking longer is given up (its worker is replaced): a stuck rule must not stall a corpus. */
  timeoutMs?: number;
  /** Worker script; tests pass their own. */
  script?: URL;
}

interface Task {
  raw: RawArticle;
  resolve: (result: Extracted) => void;
  reject: (error: Error) => void;
}

type Reply = { json: string } | { error: string };

/** One extraction thread per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Extracts articles on `jobs` worker threads, one article per worker at a time
 * (in this thread, without a time limit, when jobs is 1). Callers keep results
 * in input order themselves, so the output is the same whatever the number of jobs.
 */
export function createExtractPool(jobs: number, options: ExtractPoolOptions = {}): ExtractPool {
  if (jobs <= 1) {
    return {
      extract: async (raw) => {
        const extraction = extractArticle(raw);
        return { extraction, json: JSON.stringify(extraction) };
      },
      close: async () => {},
    };
  }
  const { timeoutMs = 60_000, script = workerScript(import.meta.url, 'extractWorker') } = options;
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, { task: Task; timer: NodeJS.Timeout }>();
  let closed = false;

  const spawn = (): void => {
    const worker = startWorker(script);
    worker.on('message', (reply: Reply) => {
      const job = busy.get(worker);
      // A late reply from a worker already given up on and replaced.
      if (!job) return;
      clearTimeout(job.timer);
      busy.delete(worker);
      if ('error' in reply) job.task.reject(new Error(reply.error));
      else job.task.resolve({ extraction: JSON.parse(reply.json) as Extraction, json: reply.json });
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => replace(worker, error));
    idle.push(worker);
  };

  const replace = (worker: Worker, error: Error): void => {
    const job = busy.get(worker);
    if (job) {
      clearTimeout(job.timer);
      busy.delete(worker);
      job.task.reject(error);
    }
    void worker.terminate();
    if (!closed) {
      spawn();
      dispatch();
    }
  };

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const task = queue.shift()!;
      const timer = setTimeout(() => replace(worker, new Error(`gave up after ${timeoutMs / 1000} s`)), timeoutMs);
      busy.set(worker, { task, timer });
      worker.postMessage(task.raw);
    }
  };

  let started = false;
  return {
    extract(raw) {
      // Threads start with the first article: a build whose articles all come from the cache needs none.
      if (!started) for (let i = 0; i < jobs; i++) spawn();
      started = true;
      return new Promise((resolve, reject) => {
        queue.push({ raw, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const { timer } of busy.values()) clearTimeout(timer);
      await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()));
    },
  };
}
