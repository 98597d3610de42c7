import { nameKey } from '../recognize/internal/fold.js';
import { COUNTRIES } from '../recognize/internal/lexicons.js';

/** Honorifics that a name recognized elsewhere may still carry ("Ông Cao Thắng"). */
const HONORIFIC_KEYS = new Set(['ong', 'ba', 'ngai', 'mr', 'mrs', 'ms', 'dr', 'samdech']);

/**
 * The words that name the person: a leading honorific, and a leading country before a
 * romanized name ("Anh Samira Ahmed"), are no part of it, so both spellings share one id.
 * A country before a Vietnamese given name stays ("Đức Tuấn", "Mỹ Linh" are names).
 */
function personWords(name: string): { words: string[]; romanized: boolean } {
  const words = nameKey(name).split(' ');
  const written = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const romanizedFrom = (k: number) => written.length === words.length && written.slice(k).every((w) => /^[A-Za-z]+$/.test(w));
  let s = 0;
  while (words.length - s > 2 && HONORIFIC_KEYS.has(words[s]!)) s++;
  for (let n = Math.min(COUNTRIES.maxWords, words.length - s - 2); n >= 1; n--) {
    if (COUNTRIES.map.has(words.slice(s, s + n).join(' ')) && romanizedFrom(s + n)) { s += n; break; }
  }
  const kept = written.length === words.length ? written.slice(s) : written;
  return { words: words.slice(s), romanized: kept.every((w) => /^[\x00-\x7F]*$/.test(w)) };
}

/**
 * Global id of a person. Romanized names ignore word order ("Matsushita Yoshihiko" =
 * "Yoshihiko Matsushita"); Vietnamese names keep it. Diacritic and case variants fold together.
 */
export function personId(name: string): string {
  const { words, romanized } = personWords(name);
  return `person:${(romanized ? [...words].sort() : words).join('-')}`;
}
