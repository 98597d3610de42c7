import { cleanArticle } from '../clean/index.js';
import { recognize } from '../recognize/index.js';
import { relate } from '../relate/index.js';
import { resolve } from '../resolve/index.js';
import type { Extraction, RawArticle } from '../types.js';
import { cleanExtraction } from './internal/cleanExtraction.js';

/** Runs clean → recognize → resolve → relate on one article; what it outputs is clean text. */
export function extractArticle(raw: RawArticle): Extraction {
  const article = cleanArticle(raw);
  const { titles, ...recognized } = recognize(article);
  const resolved = resolve(article, recognized);
  const { relations, events } = relate(resolved, titles);
  return cleanExtraction({ article: article.meta, entities: [...resolved.entities.values(), ...events], relations });
}
