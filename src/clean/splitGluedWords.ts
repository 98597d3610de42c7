import functionWords from './lexicon/glued-function-words.json' with { type: 'json' };
import keep from './lexicon/glue-keep.json' with { type: 'json' };
import { hasVietnameseMark, hasVietnameseOnlyMark, isVietnameseSyllable } from './internal/vnSyllable.js';

const KEEP_WORDS = new Set(keep.words);
const KEEP_PREFIXES = new Set(keep.prefixes);
const FUNCTION_WORDS = new Set(functionWords.words);
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
  const spaced = text.replace(CANDIDATES, splitCached);
  return DIGIT_TOUCH.test(spaced) ? spaced.replace(DIGIT_GLUE, splitDigitGlue) : spaced;
}

const DIGIT_TOUCH = /\p{L}\d|\d\p{L}/u;
// A word touching a number: "Thành20 tỷ", "Việt Nam2024", "F1là", "hơn20tỷ", "Vũ2015Pia".
const DIGIT_GLUE = /(?<!\p{L})(\p{L}{2,})(?=\d)|(?<=\d)(\p{Ll}{2,}|(?<=(?:19|20)\d\d|\p{Lu}\d)\p{Lu}\p{Ll}{2,})(?!\p{L})/gu;

/**
 * A space between a number and a Vietnamese syllable: a syllable never runs into digits, while
 * codes and brands do ("COP26", "Km22", "H5N1", "5km", "12A1", "4Motion") and stay whole. A
 * capitalised word after a year or a code like "F1" starts a name ("2015Pia", "F1Joseph").
 */
function splitDigitGlue(word: string, before: string | undefined, after: string | undefined): string {
  if (before !== undefined) {
    const syllable = isVietnameseSyllable(before) && (hasVietnameseMark(before) || (before.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(before)));
    return syllable ? `${before} ` : before;
  }
  const w = after!;
  const split = /^\p{Lu}/u.test(w) || (isVietnameseSyllable(w) && hasVietnameseMark(w));
  return split ? ` ${w}` : w;
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
    if (LOWER.test(prev) && UPPER.test(cur)) {
      const left = caseBoundary(token.slice(start, i), token.slice(i));
      if (left) {
        parts.push(...left);
        start = i;
      }
    } else if (UPPER.test(prev) && LOWER.test(cur)) {
      // The capitals just before: the whole part ("HCMtổ") or the end of a name ("OpenAIcủa", "NgaTASSrằng").
      const caps = /\p{Lu}+$/u.exec(token.slice(start, i))![0];
      if (caps.length < 2) continue;
      const at = acronymEnd(caps, /^\p{Ll}+/u.exec(token.slice(i))![0], i, caps.length === i - start);
      if (at !== null && at - (i - caps.length) >= 2) {
        parts.push(token.slice(start, at));
        start = at;
      }
    }
  }
  parts.push(token.slice(start));
  return parts.flatMap(splitTail);
}

/** The lower-case end of a mixed-case part: "McGregortrở" → "McGregor trở", "TechInsightsgiả". */
function splitTail(part: string): string[] {
  const at = part.search(/\p{Lu}\p{Ll}+$/u);
  if (at <= 0) return splitLowerGlue(part);
  const tail = splitLowerGlue(part.slice(at));
  return tail.length === 1 ? [part] : [part.slice(0, at) + tail[0]!, ...tail.slice(1)];
}

/**
 * Where an acronym run into a word ends: "HCMtổ" before "tổ" (a syllable only Vietnamese
 * spells, opening with a consonant), "MMAViệt", "CLBHà" and "TPPhú" before the capital, and
 * "KCTVnói", "UBNDthành" before any other marked syllable. The acronym at the front of the
 * word decides first by the marks only Vietnamese spells ("CNNgần" is "CNN gần").
 */
function acronymEnd(caps: string, rest: string, i: number, atStart: boolean): number | null {
  const consonant = !VOWEL_START.test(rest.normalize('NFD')) && isVietnameseSyllable(rest);
  if (atStart && consonant && hasVietnameseOnlyMark(rest)) return i;
  if (isVietnameseSyllable(caps.slice(-1) + rest)) return i - 1;
  return consonant && hasVietnameseMark(rest) ? i : null;
}

/**
 * "thôngBình": the lower-case word before the capital is a Vietnamese syllable, or two run
 * together ("ThiệplàKhông", "NamvàNam"), or a foreign word before a syllable only Vietnamese
 * spells ("HeinekenViệt", "PleiKần"). Returns the parts of the left side, or null for no split.
 */
function caseBoundary(left: string, right: string): string[] | null {
  if (!/^\p{Lu}?\p{Ll}+$/u.test(left) || KEEP_PREFIXES.has(left)) return null;
  // One letter is a word only when marked: "ởCần Giờ", not "iPhone", "eKYC".
  if (left.length < 2 && !(hasVietnameseMark(left) && isVietnameseSyllable(left))) return null;
  if (!isVietnameseSyllable(left)) {
    const two = twoSyllables(left);
    if (two) return caseBoundary(two[1], right) ? two : null;
    return left.length >= 3 && !hasVietnameseMark(left) && vietnameseOnlyHead(right) ? [left] : null;
  }
  // "HoSE": a capitalised plain-letter syllable before an acronym is more likely one brand; "theoNBC" is not
  const rightWord = /^\p{Lu}+(?!\p{Ll})/u.exec(right);
  return hasVietnameseMark(left) || /^\p{Ll}/u.test(left) || rightWord === null || rightWord[0].length < 2 ? [left] : null;
}

/** "Việt…", "Kần", "Khămxay": the capitalised word opens with a syllable only Vietnamese spells. */
function vietnameseOnlyHead(right: string): boolean {
  const word = /^\p{Lu}\p{Ll}*/u.exec(right)![0];
  const head = isVietnameseSyllable(word) ? word : splitLowerGlue(word)[0]!;
  return head !== word || isVietnameseSyllable(word) ? isVietnameseSyllable(head) && hasVietnameseOnlyMark(head) : false;
}

/**
 * A word with a mark that parts one way only into two Vietnamese syllables ("Thiệplà", "Namvà"):
 * used before a capital, where the word is known to end.
 */
function twoSyllables(word: string): [string, string] | null {
  if (!TWO_VOWEL_GROUPS.test(word) || !hasVietnameseMark(word)) return null;
  let found: [string, string] | null = null;
  for (let k = 1; k <= word.length - 1; k++) {
    if (!isVietnameseSyllable(word.slice(0, k)) || !isVietnameseSyllable(word.slice(k))) continue;
    if (found) return null;
    found = [word.slice(0, k), word.slice(k)];
  }
  return found;
}

/**
 * "Dươnglàm" → "Dương làm", "Hòacho" → "Hòa cho", "Shimbunnhận" → "Shimbun nhận": a word of
 * two vowel groups that is no syllable parts into a syllable and a syllable when it carries
 * a mark only Vietnamese spells with or its first part is marked ("María", "Condé" are
 * neither), or into a foreign word without marks and a Vietnamese syllable opening with a
 * consonant ("Znewsgiới" is not "Znewsgi ới"). A short function word at the end wins over any
 * other reading ("VnExpressvà", "Ronaldođang"). Two readings ("Gòngồm": "Gò ngồm" or
 * "Gòn gồm") leave the word as it is.
 */
function splitLowerGlue(word: string): string[] {
  if (word.length < 4 || !TWO_VOWEL_GROUPS.test(word) || !/^\p{Lu}?\p{Ll}+$/u.test(word) || !hasVietnameseMark(word) || isVietnameseSyllable(word)) return [word];
  for (let k = word.length - 1; k >= 3; k--) {
    const head = word.slice(0, k);
    if (FUNCTION_WORDS.has(word.slice(k)) && (isVietnameseSyllable(head) || !hasVietnameseMark(head))) return [head, word.slice(k)];
  }
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
