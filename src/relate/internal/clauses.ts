import type { Sentence } from '../../types.js';

/** A stretch of a sentence between semicolons: the unit most relation rules read. */
export interface Clause {
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
  index: number;
}

export function clausesOf(sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const parts = sentence.text.split(';');
  parts.forEach((part, index) => {
    out.push({ start: sentence.start + from, end: sentence.start + from + part.length, text: part, sentence, index });
    from += part.length + 1;
  });
  return out;
}
