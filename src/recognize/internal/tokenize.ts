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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

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

/** Splits text into words with offsets; punctuation is left in the gaps between tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const f = factsOf(t);
    tokens.push({ text: t, folded: f.folded, start: m.index, end: m.index + t.length, cap: f.cap, upper: f.upper, ascii: f.ascii });
  }
  return tokens;
}

/** The text between two adjacent tokens (what separates them). */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
