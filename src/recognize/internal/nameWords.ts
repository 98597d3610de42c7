import type { Token } from './tokenize.js';

/**
 * One word of a name as the press writes it: a plain capitalised token, a hyphenated compound
 * whose later parts are lower-case ("Jae-in", "Ki-moon", "Đờ-ray-ờ"), or an initial with its
 * period ("W.", "V.").
 */
export interface NameWord {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** Token range of the word. */
  first: number;
  last: number;
  ascii: boolean;
  hyphenated: boolean;
  initial: boolean;
}

const HYPHEN = /^[-‐‑]$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * A capitalised word that can be part of a name: no digit ("Thành20", "Quốcg0nny") and no
 * capital inside a word with Vietnamese letters ("LưulLưull", "KhatocoKhánh"): glue the clean
 * stage could not part. Foreign names keep theirs ("McAuliffe", "DiCaprio").
 */
function capitalised(t: Token): boolean {
  return t.cap && !t.upper && !/\d/.test(t.text) && (t.ascii || !INNER_CAPITAL.test(t.text));
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * Runs of name words separated by one space (no space after an initial: "V.I. Lenin").
 * Compounds with a capitalised later part ("Emilia-Romagna", "Việt-Nhật") are not name words:
 * the hyphen ends the run, as it always did.
 */
export function nameRuns(text: string, tokens: Token[]): NameWord[][] {
  const runs: NameWord[][] = [];
  let cur: NameWord[] = [];
  const flush = () => { if (cur.length) runs.push(cur); cur = []; };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!capitalised(t)) { flush(); i++; continue; }
    let k = i;
    while (k + 1 < tokens.length && HYPHEN.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))
      && LOWER_START.test(tokens[k + 1]!.text)) k++;
    const initial = k === i && t.text.length === 1 && text[t.end] === '.';
    const end = initial ? t.end + 1 : tokens[k]!.end;
    const parts = tokens.slice(i, k + 1);
    const word: NameWord = {
      text: text.slice(t.start, end), folded: parts.map((p) => p.folded).join(' '), start: t.start, end,
      first: i, last: k, ascii: parts.every((p) => p.ascii), hyphenated: k > i, initial,
    };
    const prev = cur[cur.length - 1];
    if (prev) {
      const between = text.slice(prev.end, word.start);
      // "V.I. Lenin", "J.K. Simmons": initials may touch each other; the family name stands apart.
      if (!(between === ' ' || (prev.initial && word.initial && between === ''))) flush();
    }
    cur.push(word);
    i = k + 1;
  }
  flush();
  return runs;
}
