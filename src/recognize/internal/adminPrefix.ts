import type { LocalityKind } from '../../types.js';
import prefixes from '../lexicon/admin-prefixes.json' with { type: 'json' };
import type { Token } from './tokenize.js';

/** notAfter: words that make the prefix the end of a compound ("lãnh đạo", "chính phủ"), not an administrative word. */
export interface Prefix { words: string[]; level: string; opensUnknown: boolean; notAfter: string[] }
const PREFIXES: Prefix[] = prefixes
  .map((p) => ({ words: p.prefix.toLowerCase().split(' '), level: p.level, opensUnknown: p.opensUnknown,
    notAfter: ('notAfter' in p ? p.notAfter : undefined) ?? [] }))
  .sort((a, b) => b.words.length - a.words.length);
/** Prefixes by their last word, longest first: only the word before a name is looked up. */
const BY_LAST = new Map<string, Prefix[]>();
for (const p of PREFIXES) BY_LAST.set(p.words.at(-1)!, [...(BY_LAST.get(p.words.at(-1)!) ?? []), p]);

/** The administrative word right before token `i` ("tỉnh", "thành phố (TP)"), the index of its first token, and whether a full stop follows it. */
export interface PrefixAt { prefix: Prefix; first: number; afterStop: boolean }
export function prefixBefore(text: string, tokens: Token[], i: number): PrefixAt | null {
  let j = i;
  // "thành phố (TP) Izumisano": skip an abbreviation in brackets.
  if (j >= 1 && tokens[j - 1]!.upper && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ') ' && text[tokens[j - 1]!.start - 1] === '(') j--;
  if (j < 1) return null;
  for (const p of BY_LAST.get(tokens[j - 1]!.text.toLowerCase()) ?? []) {
    const n = p.words.length;
    if (j - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = tokens[j - n + k]!.text.toLowerCase() === p.words[k];
    if (!ok || (j - n >= 1 && p.notAfter.includes(tokens[j - n - 1]!.text.toLowerCase()))) continue;
    const between = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    // A full stop follows only an abbreviation ("TP. Hồ Chí Minh"); after "thành phố" or "xã" it ends the sentence.
    const abbreviated = /^\p{Lu}/u.test(tokens[j - 1]!.text) && tokens[j - 1]!.text.length <= 2;
    if (/^[\s(]*$/.test(between)) return { prefix: p, first: j - n, afterStop: false };
    if (abbreviated && (between === '. ' || between === '.')) return { prefix: p, first: j - n, afterStop: true };
  }
  return null;
}

type Group = 'division' | 'city' | 'local';
const groupOf = (kindOrLevel: string): Group =>
  kindOrLevel === 'city' ? 'city' : ['district', 'town', 'commune'].includes(kindOrLevel) ? 'local' : 'division';

/**
 * How well a place's kind fits the administrative word before it: "bang New York" is the state,
 * "thành phố New York" the city, "huyện Đông Hưng" the Vietnamese district, not the Chinese city.
 */
export function kindFit(prefix: Prefix | null, kind: LocalityKind): number {
  if (!prefix) return 0;
  const a = groupOf(prefix.level);
  const b = groupOf(kind);
  return a === b ? 4 : a !== 'local' && b !== 'local' ? 1 : 0;
}
