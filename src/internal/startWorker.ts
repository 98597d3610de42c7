import { Worker } from 'node:worker_threads';

/** The worker module `name` next to `base` (an `import.meta.url`): `.ts` under the test runner, `.js` once compiled. */
export function workerScript(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

export function startWorker(script: URL): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  // Under the test runner the sources are TypeScript: the worker loads them through tsx.
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`, {
    eval: true,
  });
}
