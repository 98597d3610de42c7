import type { CountryMention } from '../types.js';
import { COUNTRIES, phraseLengthsAt } from './internal/lexicons.js';
import type { Token } from './internal/tokenize.js';

/** Country names written with capitals ("Nhật Bản", "Hàn Quốc"); never localities. */
export function findCountries(text: string, tokens: Token[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    for (const n of phraseLengthsAt(COUNTRIES, tokens, i)) {
      const words = tokens.slice(i, i + n);
      if (!words.every((w) => w.cap) || words.some((w, k) => k > 0 && text.slice(words[k - 1]!.end, w.start) !== ' ')) continue;
      const code = COUNTRIES.map.get(words.map((w) => w.folded).join(' '));
      if (!code) continue;
      const start = words[0]!.start, end = words[n - 1]!.end;
      out.push({ type: 'Locality', start, end, text: text.slice(start, end), reason: 'lexicon.country', code });
      i += n - 1;
      break;
    }
  }
  return out;
}
