import keep from './lexicon/glue-keep.json' with { type: 'json' };
import { hasVietnameseMark, hasVietnameseOnlyMark, isVietnameseSyllable } from './internal/vnSyllable.js';

const KEEP_WORDS = new Set(keep.words);
const KEEP_PREFIXES = new Set(keep.prefixes);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const VOWEL_START = /^[aăâeêioôơuưy]/iu;
const V = 'aàáạảãăằắặẳẵâầấậẩẫeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹ';
// Latin letters only: glued words are Vietnamese or Latin-script names.
const W = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
const VV = V + V.toUpperCase();
/**
 * Words that may be glued (see mayBeGlued): a capital after the first letter, or two groups of vowels.
 * Most words are neither, and the regex engine skips them far faster than a callback per word could.
 */
const CANDIDATES = new RegExp(`(?<![${W}])(?=[${W}]*?(?:[${W}][\\p{Lu}\\p{Lt}]|[${VV}](?:(?![${VV}])[${W}])+[${VV}]))[${W}]{3,}`, 'gu');
// A syllable has one group of vowels: two groups ("khốikhông") are two syllables or a foreign word.
const TWO_VOWEL_GROUPS = new RegExp(`[${V}][^${V}]+[${V}]`, 'iu');
// A Vietnamese onset spelt with one letter: "Juventusở" may be "Juventu sở" or "Juventus ở".
const ONE_LETTER_ONSET = /^(?:[bdđhlmrsvx]|[ckp](?!h)|t(?!h|r)|n(?!h|g)|g(?!h|i))/iu;

/**
 * Puts back the spaces a page scrape lost where a link or a paragraph met the next word:
 * "giao thôngBình Dươnglàm", "BáoAsahi Shimbunnhận", "TP.HCMtổ chức", "khốikhông khí".
 * Vietnamese never writes two syllables as one word, so a split is made only where the
 * parts are well-formed Vietnamese syllables; mixed-case names ("iPhone", "DeepSeek",
 * "McAuliffe", "VinFast", "HoSE") are not syllable + word and stay whole.
 */
export function splitGluedWords(text: string): string {
  return text.replace(CANDIDATES, splitCached);
}

// News reuses a few thousand words; each is looked at once (bounded, so a long run cannot grow it).
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 100_000;

const VOWEL_SET = new Set(V + V.toUpperCase());

/**
 * A word that could be glued: a capital after its first letter ("thôngBình", "HCMtổ") or two groups
 * of vowels ("Gònnhư"). Most words of a Vietnamese text are one syllable and fail this quick scan.
 */
function mayBeGlued(token: string): boolean {
  let groups = 0, inVowels = false;
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    if (i > 0 && c !== c.toLowerCase()) return true;
    const vowel = VOWEL_SET.has(c);
    if (vowel && !inVowels && ++groups > 1) return true;
    inVowels = vowel;
  }
  return false;
}

function splitCached(token: string): string {
  if (token.length < 3 || !mayBeGlued(token)) return token;
  let out = CACHE.get(token);
  if (out === undefined) {
    out = KEEP_WORDS.has(token) ? token : splitToken(token).join(' ');
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(token, out);
  }
  return out;
}

function splitToken(token: string): string[] {
  const parts: string[] = [];
  let start = 0;
  if (token === token.toLowerCase() || token.slice(1) === token.slice(1).toLowerCase()) return splitLowerGlue(token);
  for (let i = 1; i < token.length; i++) {
    const prev = token[i - 1]!, cur = token[i]!;
    if (LOWER.test(prev) && UPPER.test(cur) && caseBoundary(token.slice(start, i), token.slice(i))) {
      parts.push(token.slice(start, i));
      start = i;
    } else if (UPPER.test(prev) && i - start >= 2 && LOWER.test(cur) && /^\p{Lu}+$/u.test(token.slice(start, i))) {
      const at = acronymEnd(token.slice(start, i), /^\p{Ll}+/u.exec(token.slice(i))![0], i);
      if (at !== null && at - start >= 2) {
        parts.push(token.slice(start, at));
        start = at;
      }
    }
  }
  parts.push(token.slice(start));
  return parts.flatMap(splitLowerGlue);
}

/**
 * Where an acronym run into a word ends: "HCMtổ" before "tổ" (a syllable only Vietnamese
 * spells, opening with a consonant), "MMAViệt" and "CLBHà" before the capital.
 */
function acronymEnd(caps: string, rest: string, i: number): number | null {
  if (isVietnameseSyllable(rest) && hasVietnameseOnlyMark(rest) && !VOWEL_START.test(rest.normalize('NFD'))) return i;
  return isVietnameseSyllable(caps.slice(-1) + rest) ? i - 1 : null;
}

/** "thôngBình": the lower-case word before the capital must be a Vietnamese syllable. */
function caseBoundary(left: string, right: string): boolean {
  if (!/^\p{Lu}?\p{Ll}+$/u.test(left) || left.length < 2 || KEEP_PREFIXES.has(left)) return false;
  if (!isVietnameseSyllable(left)) return false;
  // "HoSE": a plain-letter syllable before an acronym is more likely one brand
  const rightWord = /^\p{Lu}+(?!\p{Ll})/u.exec(right);
  return hasVietnameseMark(left) || rightWord === null || rightWord[0].length < 2;
}

/**
 * "Dươnglàm" → "Dương làm", "Hòacho" → "Hòa cho", "Shimbunnhận" → "Shimbun nhận": a word of
 * two vowel groups that is no syllable parts into a syllable and a syllable when it carries
 * a mark only Vietnamese spells with or its first part is marked ("María", "Condé" are
 * neither), or into a foreign word without marks and a Vietnamese syllable opening with a
 * consonant ("Znewsgiới" is not "Znewsgi ới"). Two readings ("Gòngồm": "Gò ngồm" or
 * "Gòn gồm") leave the word as it is.
 */
function splitLowerGlue(word: string): string[] {
  if (word.length < 4 || !TWO_VOWEL_GROUPS.test(word) || !/^\p{Lu}?\p{Ll}+$/u.test(word) || !hasVietnameseMark(word) || isVietnameseSyllable(word)) return [word];
  const vietnamese = hasVietnameseOnlyMark(word);
  const splits: string[][] = [];
  for (let k = 2; k <= word.length - 2; k++) {
    const head = word.slice(0, k), tail = word.slice(k);
    if (!isVietnameseSyllable(tail)) continue;
    if (isVietnameseSyllable(head) ? vietnamese || hasVietnameseMark(head) : foreignHead(head, tail)) splits.push([head, tail]);
  }
  return splits.length === 1 ? splits[0]! : [word];
}

/** "Shimbun" + "nhận", "Znews" + "giới"; not "Juventu" + "sở" (the "s" may end the name). */
function foreignHead(head: string, tail: string): boolean {
  if (head.length < 3 || hasVietnameseMark(head) || !hasVietnameseOnlyMark(tail)) return false;
  const t = tail.normalize('NFD');
  return !VOWEL_START.test(t) && !ONE_LETTER_ONSET.test(t);
}
