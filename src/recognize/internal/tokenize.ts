import { foldChar } from './fold.js';

export interface Token {
  text: string;
  /** Lower-case, diacritics stripped. */
  folded: string;
  start: number;
  end: number;
  /** First letter upper-case ("Hà", "TP", "UBND"). */
  cap: boolean;
  /** Every letter upper-case and at least two letters ("UBND", "TP"). */
  upper: boolean;
  /** Plain ASCII letters only: romanized foreign names ("Izumisano", "Kenji"). */
  ascii: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const IS_WORD = 1, IS_LETTER = 2;
/** Word-character classes of the Basic Multilingual Plane, built on first use: one array read per character. */
let CLASSES: Uint8Array | null = null;
function classes(): Uint8Array {
  if (CLASSES) return CLASSES;
  CLASSES = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    CLASSES[c] = (WORD_CHAR.test(s) ? IS_WORD : 0) | (LETTER.test(s) ? IS_LETTER : 0);
  }
  return CLASSES;
}

/** Length in code units of the character at `i` if it has class `cls` (a surrogate pair is tested whole), else 0. */
function classAt(table: Uint8Array, text: string, i: number, cls: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const pair = text.slice(i, i + 2);
    return (cls === IS_WORD ? WORD_CHAR : LETTER).test(pair) ? 2 : 0;
  }
  return table[c]! & cls ? 1 : 0;
}

type WordFacts = Pick<Token, 'folded' | 'cap' | 'upper' | 'ascii'>;
// News reuses a few tens of thousands of words: each is folded once (bounded, so odd input cannot grow it).
const FACTS = new Map<string, WordFacts>();
const FACTS_LIMIT = 200_000;

function factsOf(t: string): WordFacts {
  let f = FACTS.get(t);
  if (f === undefined) {
    let folded = '';
    for (const c of t) folded += foldChar(c);
    const first = t[0]!;
    f = {
      folded,
      cap: first !== first.toLowerCase(),
      upper: t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase(),
      ascii: /^[A-Za-z]+$/.test(t),
    };
    if (FACTS.size >= FACTS_LIMIT) FACTS.clear();
    FACTS.set(t, f);
  }
  return f;
}

/**
 * Splits text into words with offsets; punctuation is left in the gaps between tokens. A word is a
 * run of letters, marks and digits, with an apostrophe and letters after it ("Côte d’Ivoire" keeps "d’Ivoire").
 */
export function tokenize(text: string): Token[] {
  const table = classes();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = classAt(table, text, i, IS_WORD);
    if (w === 0) { i++; continue; }
    const start = i;
    while (w > 0) { i += w; w = i < n ? classAt(table, text, i, IS_WORD) : 0; }
    const q = text.charCodeAt(i);
    if ((q === 0x27 || q === 0x2019) && i + 1 < n && classAt(table, text, i + 1, IS_LETTER) > 0) {
      i++;
      for (let l = classAt(table, text, i, IS_LETTER); l > 0; l = i < n ? classAt(table, text, i, IS_LETTER) : 0) i += l;
    }
    const t = text.slice(start, i);
    const f = factsOf(t);
    tokens.push({ text: t, folded: f.folded, start, end: i, cap: f.cap, upper: f.upper, ascii: f.ascii });
  }
  return tokens;
}

/** The text between two adjacent tokens (what separates them). */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
