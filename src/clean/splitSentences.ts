import type { Sentence } from '../types.js';

// A sentence ends at . ! ? … (plus closing quotes/brackets) before whitespace and an
// upper-case letter, digit or opening quote; "TP.HCM", "1.200" and "./." do not split.
const BOUNDARY = /[.!?…]+["”’»)]*(?:\/\.)?(?=\s+["“«(\[]?[\p{Lu}\d])/gu;

/** Splits cleaned text into sentences with their offsets; newlines always split. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    for (const m of line.matchAll(BOUNDARY)) {
      const end = m.index + m[0].length;
      push(sentences, text, lineStart + start, lineStart + end);
      start = end;
    }
    push(sentences, text, lineStart + start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
