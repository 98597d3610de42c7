import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../../pipeline/extractArticle.js';
import type { RawArticle } from '../../types.js';

/** Extracts the articles createExtractPool.ts sends, one message each way per article. */
parentPort?.on('message', (raw: RawArticle) => {
  try {
    parentPort?.postMessage({ extraction: extractArticle(raw) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
