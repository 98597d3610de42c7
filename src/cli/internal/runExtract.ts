import { readInputs } from '../../ingest/index.js';
import { createExtractPool, defaultJobs } from './createExtractPool.js';
import { createWarningPrinter } from './createWarningPrinter.js';
import { extractAll, extractionFailed } from './extractAll.js';
import { processIo, type CliIo } from './io.js';

/**
 * `kg extract`: one JSON line per article (the Extraction) on stdout, warnings
 * on stderr. Returns the exit code: 1 when nothing usable was read.
 */
export async function runExtract(inputs: string[], io: CliIo = processIo, jobs = defaultJobs()): Promise<number> {
  const printWarning = createWarningPrinter((line) => io.stderr.write(`${line}\n`));
  let closed = false;
  let failure: Error | null = null;
  // `kg extract … | head` closes the pipe early: stop reading, quietly.
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failure = error;
  });
  let written = 0;
  const pool = createExtractPool(jobs);
  try {
    for await (const result of extractAll(readInputs(inputs, printWarning), pool)) {
      if (closed) break;
      if ('error' in result) {
        printWarning(extractionFailed(result.raw, result.error));
        continue;
      }
      written++;
      if (!io.stdout.write(`${result.json}\n`)) await drained(io.stdout);
    }
  } finally {
    await pool.close();
  }
  printWarning.flush();
  if (failure) throw failure;
  if (written === 0 && !closed) {
    io.stderr.write(`kg extract: nothing usable was read from ${inputs.join(', ')}\n`);
    return 1;
  }
  return 0;
}

/** Resolves when the stream can take more data, or can take none ever again. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
