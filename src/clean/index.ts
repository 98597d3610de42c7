import type { CleanArticle, RawArticle } from '../types.js';
import { cleanLabel } from './cleanLabel.js';
import { inferYear } from './inferYear.js';
import { maskSpam } from './maskSpam.js';
import { normalizeText } from './normalizeText.js';
import { removeFurniture } from './removeFurniture.js';
import { splitGluedSentences } from './splitGluedSentences.js';
import { splitGluedWords } from './splitGluedWords.js';
import { splitSentences } from './splitSentences.js';

export { MASK, maskSpam, withoutMask } from './maskSpam.js';
export { normalizeText } from './normalizeText.js';
export { removeFurniture } from './removeFurniture.js';
export { splitGluedSentences } from './splitGluedSentences.js';
export { splitGluedWords } from './splitGluedWords.js';
export { splitSentences } from './splitSentences.js';
export { inferYear } from './inferYear.js';
export { cleanLabel } from './cleanLabel.js';

/** clean stage: NFC text, glued words and sentences parted, page furniture and spam removed, sentences split. */
export function cleanArticle(raw: RawArticle): CleanArticle {
  const text = maskSpam(removeFurniture(splitGluedSentences(splitGluedWords(normalizeText(raw.text)))));
  return {
    meta: { id: raw.id, title: raw.title === null ? null : cleanLabel(raw.title), date: raw.date, url: raw.url, source: raw.source },
    text,
    sentences: splitSentences(text),
    year: inferYear(text, raw.date),
  };
}
