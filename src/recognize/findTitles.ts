import type { Mention } from '../types.js';
import { TITLES, type TitleLevel } from './internal/lexicons.js';
import type { Token } from './internal/tokenize.js';

export interface TitleMention extends Mention {
  type: 'Title';
  title: string;
  level: TitleLevel;
  /** Token range of the title words. */
  first: number;
  last: number;
}

/** First words of all titles: most tokens start none, and skipping them keeps the scan linear. */
const TITLE_STARTS = new Set([...TITLES.map.keys()].map((k) => k.split(' ')[0]!));

/** Title words ("Phó Chủ tịch Thường trực", "thống đốc"), longest first, any letter case. */
export function findTitles(text: string, tokens: Token[]): TitleMention[] {
  const out: TitleMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TITLE_STARTS.has(tokens[i]!.folded)) continue;
    for (let n = Math.min(TITLES.maxWords, tokens.length - i); n >= 1; n--) {
      let key = '';
      for (let k = i; k < i + n; k++) key += (k > i ? ' ' : '') + tokens[k]!.folded;
      // Folding merges "Thị trưởng" and "thị trường" (market): the written words must match too.
      const written = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const hit = TITLES.map.get(key)?.find((t) => t.title.toLowerCase() === written.toLowerCase());
      if (!hit) continue;
      out.push({ type: 'Title', start: tokens[i]!.start, end: tokens[i + n - 1]!.end, text: written,
        reason: 'lexicon.title', title: hit.title, level: hit.level, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return out;
}
