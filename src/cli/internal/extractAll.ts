import type { Extraction, IngestWarning, RawArticle } from '../../types.js';
import type { ExtractPool } from './createExtractPool.js';

export type Extracted = { raw: RawArticle; extraction: Extraction; json: string } | { raw: RawArticle; error: Error };

/**
 * Extracts a stream of articles on the pool, keeping up to `window` in flight,
 * and yields the results in input order, so the graph does not depend on
 * which worker finished first.
 */
export async function* extractAll(articles: AsyncIterable<RawArticle>, pool: ExtractPool, window = 64): AsyncGenerator<Extracted> {
  const inFlight: Array<Promise<Extracted>> = [];
  const start = (raw: RawArticle): Promise<Extracted> =>
    pool.extract(raw).then(
      ({ extraction, json }) => ({ raw, extraction, json }),
      (error: Error) => ({ raw, error }),
    );
  for await (const raw of articles) {
    inFlight.push(start(raw));
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

/** The warning for an article the extractor threw on: a bug to report, not bad input. */
export function extractionFailed(raw: RawArticle, error: Error): IngestWarning {
  const reason = `extraction failed (${error.message}); please report this article`;
  return raw.line === undefined ? { file: raw.source, reason } : { file: raw.source, line: raw.line, reason };
}
