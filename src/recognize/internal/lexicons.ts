import countries from '../lexicon/countries.json' with { type: 'json' };
import honorifics from '../lexicon/honorifics.json' with { type: 'json' };
import orgHeads from '../lexicon/org-heads.json' with { type: 'json' };
import surnames from '../lexicon/vn-surnames.json' with { type: 'json' };
import titles from '../lexicon/titles.json' with { type: 'json' };
import { nameKey } from './fold.js';

export type TitleLevel = 'national' | 'local' | 'any';

/** Folded phrase → value, with the longest phrase length in words for n-gram lookups. */
export interface PhraseIndex<T> {
  map: Map<string, T>;
  maxWords: number;
}

export function phraseIndex<T>(entries: Array<[string, T]>): PhraseIndex<T> {
  const map = new Map<string, T>();
  let maxWords = 1;
  for (const [phrase, v] of entries) {
    const k = nameKey(phrase);
    if (!map.has(k)) map.set(k, v);
    maxWords = Math.max(maxWords, k.split(' ').length);
  }
  return { map, maxWords };
}

export const COUNTRIES = phraseIndex<string>(countries.flatMap((c) => c.names.map((n) => [n, c.code] as [string, string])));
export interface TitleEntry { title: string; level: TitleLevel }
/** Titles by folded key; several spellings can share a key ("Ủy viên", "Uỷ viên"). */
export const TITLES: PhraseIndex<TitleEntry[]> = (() => {
  const map = new Map<string, TitleEntry[]>();
  let maxWords = 1;
  for (const t of titles) {
    const k = nameKey(t.title);
    map.set(k, [...(map.get(k) ?? []), { title: t.title, level: t.level as TitleLevel }]);
    maxWords = Math.max(maxWords, k.split(' ').length);
  }
  return { map, maxWords };
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
