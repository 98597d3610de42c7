import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../../pipeline/extractArticle.js';
import type { RawArticle } from '../../types.js';

/**
 * Extracts the articles createExtractPool.ts sends, one message each way per article.
 * The reply is the JSON line itself: cheaper to send than a structured clone, and the
 * main thread writes it to extractions.jsonl as it is.
 */
parentPort?.on('message', (raw: RawArticle) => {
  try {
    parentPort?.postMessage({ json: JSON.stringify(extractArticle(raw)) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
