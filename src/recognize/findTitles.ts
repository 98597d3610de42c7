import type { Mention } from '../types.js';
import { foldedKey, phraseLengthsAt, TITLES, type TitleLevel } from './internal/lexicons.js';
import type { Token } from './internal/tokenize.js';

export interface TitleMention extends Mention {
  type: 'Title';
  title: string;
  level: TitleLevel;
  /** Token range of the title words. */
  first: number;
  last: number;
}

/** Title words ("Phó Chủ tịch Thường trực", "thống đốc"), longest first, any letter case. */
export function findTitles(text: string, tokens: Token[]): TitleMention[] {
  const out: TitleMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const n of phraseLengthsAt(TITLES, tokens, i)) {
      // Folding merges "Thị trưởng" and "thị trường" (market): the written words must match too.
      const written = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const hit = TITLES.map.get(foldedKey(tokens, i, n))?.find((t) => t.title.toLowerCase() === written.toLowerCase());
      if (!hit) continue;
      out.push({ type: 'Title', start: tokens[i]!.start, end: tokens[i + n - 1]!.end, text: written,
        reason: 'lexicon.title', title: hit.title, level: hit.level, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return out;
}
