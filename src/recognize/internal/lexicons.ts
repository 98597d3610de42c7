import countries from '../lexicon/countries.json' with { type: 'json' };
import honorifics from '../lexicon/honorifics.json' with { type: 'json' };
import orgHeads from '../lexicon/org-heads.json' with { type: 'json' };
import surnames from '../lexicon/vn-surnames.json' with { type: 'json' };
import titles from '../lexicon/titles.json' with { type: 'json' };
import { nameKey } from './fold.js';
import type { Token } from './tokenize.js';

export type TitleLevel = 'national' | 'local' | 'any';

/** Folded phrase → value, with the longest phrase length in words for n-gram lookups. */
export interface PhraseIndex<T> {
  map: Map<string, T>;
  maxWords: number;
  /** Every leading run of words of a phrase ("ha", "ha noi"): a lookup stops at the first run that is none. */
  prefixes: Set<string>;
}

export function phraseIndex<T>(entries: Array<[string, T]>): PhraseIndex<T> {
  const map = new Map<string, T>();
  for (const [phrase, v] of entries) {
    const k = nameKey(phrase);
    if (!map.has(k)) map.set(k, v);
  }
  return withPrefixes(map);
}

/** Adds the word prefixes and the longest phrase length to a folded-key map. */
export function withPrefixes<T>(map: Map<string, T>): PhraseIndex<T> {
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const k of map.keys()) {
    const words = k.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return { map, maxWords, prefixes };
}

/** The folded words of tokens i … i+n-1, joined as in an index key. */
export function foldedKey(tokens: Token[], i: number, n: number): string {
  let key = tokens[i]!.folded;
  for (let k = i + 1; k < i + n; k++) key += ` ${tokens[k]!.folded}`;
  return key;
}

const NONE: number[] = [];
/**
 * The lengths n, longest first, for which the folded words of tokens i … i+n-1 are a phrase of the index.
 * Walks forward only while the words so far open some phrase, so most tokens cost one lookup.
 */
export function phraseLengthsAt(index: PhraseIndex<unknown>, tokens: Token[], i: number): number[] {
  let key = tokens[i]!.folded;
  let out = NONE;
  for (let n = 1; n <= index.maxWords && i + n <= tokens.length; n++) {
    if (n > 1) key += ` ${tokens[i + n - 1]!.folded}`;
    if (!index.prefixes.has(key)) break;
    if (index.map.has(key)) out = out === NONE ? [n] : [n, ...out];
  }
  return out;
}

export const COUNTRIES = phraseIndex<string>(countries.flatMap((c) => c.names.map((n) => [n, c.code] as [string, string])));
export interface TitleEntry { title: string; level: TitleLevel }
/** Titles by folded key; several spellings can share a key ("Ủy viên", "Uỷ viên"). */
export const TITLES: PhraseIndex<TitleEntry[]> = (() => {
  const map = new Map<string, TitleEntry[]>();
  for (const t of titles) {
    const k = nameKey(t.title);
    map.set(k, [...(map.get(k) ?? []), { title: t.title, level: t.level as TitleLevel }]);
  }
  return withPrefixes(map);
})();
export const HONORIFICS = new Set(honorifics.map((h) => nameKey(h)));
export const SURNAMES = new Set(surnames.map((s) => nameKey(s)));
const SURNAME_FORMS = new Set(surnames.map((s) => s.toLowerCase()));

/**
 * Folding merges "Đặng" (surname) and "Đảng" (party), "Ban" (board) and "Bản": a word matched by
 * its folded key must also be written with the lexicon's diacritics, unless the text has none.
 */
function writtenAs(forms: Set<string>, written: string): boolean {
  return /^[\x00-\x7F]+$/.test(written) || forms.has(written.toLowerCase());
}

export function isSurname(word: { text: string; folded: string }): boolean {
  return SURNAMES.has(word.folded) && writtenAs(SURNAME_FORMS, word.text);
}
/** A surname written exactly as in the lexicon: "Than" beside "Cọc Sáu" is no "Thân". */
export function isSurnameAsWritten(word: { text: string }): boolean {
  return SURNAME_FORMS.has(word.text.toLowerCase());
}
/** Organization heads, matched case-sensitively on their first letter: "Hội" opens a name, "hội" does not. */
export const ORG_HEADS = phraseIndex<string>(orgHeads.map((h) => [h, h]));
const ORG_HEAD_FORMS = new Set(orgHeads.map((h) => h.toLowerCase()));
/** Heads are written with their marks: "So Foot", "So Yeon" hold no "Sở". */
export function isOrgHeadForm(written: string): boolean {
  return ORG_HEAD_FORMS.has(written.toLowerCase());
}
