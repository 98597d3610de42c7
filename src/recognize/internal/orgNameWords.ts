import domain from '../lexicon/org-domain-words.json' with { type: 'json' };
import notBodies from '../lexicon/org-not-bodies.json' with { type: 'json' };
import { nameKey, oneTonePlacement } from './fold.js';
import { phraseIndex } from './lexicons.js';
import type { Token } from './tokenize.js';

/**
 * Words keep their marks (folding would read "Quốc dẫn" as "Quốc dân", "Giáo dục" as "Giáo Đức");
 * only the two tone placements of oa/oe/uy are one ("hóa"/"hoá", "thủy"/"thuỷ").
 */
function syllable(text: string): string {
  return oneTonePlacement(text.toLowerCase());
}
function wordKey(word: string): string {
  return word.split(' ').map(syllable).join(' ');
}

const NOUNS = new Set(domain.nouns.map(wordKey));
const ALL = new Set([...NOUNS, ...domain.verbs.map(wordKey)]);

/** "Giao" + "thông", "Chỉ" + "đạo": b is the second syllable of a domain word whose first syllable a is. */
export function isDomainWord(a: Token, b: Token): boolean {
  return ALL.has(`${syllable(a.text)} ${syllable(b.text)}`);
}

/** "nông thôn", "thể thao": a domain noun that may go on a name even written small. */
export function isDomainNoun(a: Token, b: Token): boolean {
  return NOUNS.has(`${syllable(a.text)} ${syllable(b.text)}`);
}

/** Proper names with a head word inside ("Nam Trung Bộ", "Tây Ban Nha", "Hội An"). */
export const HEAD_IN_NAMES = phraseIndex<true>(notBodies.names.map((n) => [n, true]));

/** "phường", "đường": the capitalised words after them name a place ("phường Trường An"). */
export const PLACE_WORDS = new Set(notBodies.placeWords);

const FOLLOWERS = new Map<string, Set<string>>(
  Object.entries(notBodies.followers).map(([head, words]) => [nameKey(head), new Set(words)]),
);

/** "Bộ luật", "Hội nghị": the word after a head makes another noun. */
export function makesOtherNoun(headKey: string, next: Token | undefined): boolean {
  return !!next && !!FOLLOWERS.get(headKey)?.has(next.text.toLowerCase());
}

/** ", Thể thao và Du lịch", ", Khoa học, Công nghệ và Môi trường": capitalised domain words listed with commas up to "và". */
export function domainList(tokens: Token[], j: number, text: string): boolean {
  for (let k = j; k + 3 < tokens.length; k += 2) {
    const a = tokens[k]!, b = tokens[k + 1]!, v = tokens[k + 2]!;
    if (!a.cap || text.slice(a.end, b.start) !== ' ' || !isDomainWord(a, b)) return false;
    if (v.text === 'và') return tokens[k + 3]!.cap;
    if (text.slice(b.end, v.start) !== ', ') return false;
  }
  return false;
}

/** "S&P", "KH&ĐT": capitals only, one letter or more. */
export function allCaps(t: Token): boolean {
  return t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/** Folded key of the two words at k ("nhan dan"). */
export function pairKey(tokens: Token[], k: number): string {
  return `${tokens[k]?.folded ?? ''} ${tokens[k + 1]?.folded ?? ''}`;
}

const COMPOUNDS = new Map<string, Set<string>>(
  Object.entries(domain.compounds).map(([word, after]) => [wordKey(word), new Set(after.map(wordKey))]),
);

/** "Cảnh sát" + "điều tra": the small words a, b make one unit's name with the domain word first, second before them. */
export function continuesDomain(first: Token, second: Token, a: Token, b: Token): boolean {
  return !!COMPOUNDS.get(`${syllable(first.text)} ${syllable(second.text)}`)?.has(`${syllable(a.text)} ${syllable(b.text)}`);
}

const TYPE_WORDS = new Set(notBodies.typeWords.map(wordKey));
const TYPE_FIRST = new Set(notBodies.typeWords.map((w) => syllable(w.split(' ')[0]!)));
const TYPE_MAX = Math.max(...notBodies.typeWords.map((w) => w.split(' ').length));

/** Tokens [from, to) only say what kind of body it is ("Tiểu học", "TNHH", "Đa khoa"), naming none. */
export function onlyTypeWords(tokens: Token[], from: number, to: number): boolean {
  // Most names open with no type word: one Set lookup before building phrases.
  if (from < to && !TYPE_FIRST.has(syllable(tokens[from]!.text))) return false;
  let k = from;
  outer: while (k < to) {
    for (let n = Math.min(TYPE_MAX, to - k); n > 0; n--) {
      if (TYPE_WORDS.has(tokens.slice(k, k + n).map((t) => syllable(t.text)).join(' '))) { k += n; continue outer; }
    }
    return false;
  }
  return true;
}
