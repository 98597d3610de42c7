import words from './function-words.json' with { type: 'json' };

const EDGE = new Set(words.edge);
/** Function words that are also given names ("Lương Định Của", "Nguyễn Văn Tiếp"): flagged only at the start. */
const START_ONLY = new Set(words.startOnly);
const BEFORE_DIGIT = new Set(words.beforeDigit);

/**
 * Why a person's name looks like it swallowed a neighbouring word: a function word or
 * sentence opener at its start or end ("Tại Nguyễn Văn A", "Nguyễn Văn A Theo"; at the start
 * only for those that are also given names, "Của", "Tiếp"…), or a
 * word that is also a given name ("Năm", "Sáng") followed by a digit ("Năm 2014").
 * Null when the name looks clean.
 */
export function functionWordFlag(name: string): string | null {
  const tokens = name.split(/\s+/u).filter(Boolean);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return null;
  if (EDGE.has(first) || START_ONLY.has(first)) return `starts with “${first}”`;
  if (tokens.length > 1 && EDGE.has(last)) return `ends with “${last}”`;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (BEFORE_DIGIT.has(tokens[i]!) && /^\d/u.test(tokens[i + 1]!)) return `“${tokens[i]} ${tokens[i + 1]}”`;
  }
  if (/\d/u.test(name)) return 'contains a digit';
  return null;
}

const ARTIFACTS: Array<[string, RegExp]> = [
  ['control character', /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u],
  ['newline or tab', /[\n\r\t\u2028\u2029]/u],
  ['zero-width character', /[\u200B-\u200D\u2060\uFEFF]/u],
  ['replacement character', /\uFFFD/u],
  ['markup', /[<>]|&(?:[a-z]+|#\d+|#x[\da-f]+);/iu],
];

/** A lower-case letter then a capital, or three capitals then a lower-case letter, inside one word. */
const GLUE = /\p{Ll}\p{Lu}|\p{Lu}{3,}\p{Ll}/u;
/** Vietnamese letters outside ASCII: brand names such as "PepsiCo" or "McMaster" have none. */
const VIETNAMESE = /[^\x00-\x7F]/u;
const FUNCTION_WORDS = new Set([...words.edge, ...words.startOnly, ...words.beforeDigit].map((w) => w.toLowerCase()));

/**
 * A word glued to its neighbour by a lost space ("SơnTrà", "tạiV.League", "PRIMEVăn", "TheoThe"):
 * a change of case inside a word that holds a Vietnamese letter or starts with a function word.
 */
export function isGluedWord(word: string): boolean {
  const m = GLUE.exec(word);
  if (!m) return false;
  return VIETNAMESE.test(word) || FUNCTION_WORDS.has(word.slice(0, m.index + 1).toLowerCase());
}

/** Kinds of extraction artifacts in a label, name or title (control, zero-width, U+FFFD, newline, markup, glued words). */
export function textArtifacts(text: string): string[] {
  const kinds = ARTIFACTS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
  if (text.split(/[\s,;:()"“”'‘’\-–—/]+/u).some(isGluedWord)) kinds.push('glued words');
  return kinds;
}

/** A person's or place's name with a word in capitals of three letters or more ("Nguyễn Văn PRIME"). */
export function hasUpperCaseWord(name: string): boolean {
  return name.split(/\s+/u).some((w) => /^\p{Lu}{3,}$/u.test(w));
}
