import type { Extraction } from '../../types.js';
import type { BuildCache } from './buildCache.js';
import type { ExtractPool } from './createExtractPool.js';

/** A pool that answers from the cache when it can, and extracts on `pool` otherwise. */
export function withCache(pool: ExtractPool, cache: BuildCache): ExtractPool {
  return {
    async extract(raw) {
      const json = await cache.lookup(raw);
      if (json !== null) {
        const extraction = parse(json);
        // A hash collision or a hand-edited file is not worth a wrong graph.
        if (extraction?.article.id === raw.id) return { extraction, json };
      }
      return pool.extract(raw);
    },
    close: () => pool.close(),
  };
}

function parse(json: string): Extraction | null {
  try {
    return JSON.parse(json) as Extraction;
  } catch {
    return null;
  }
}
