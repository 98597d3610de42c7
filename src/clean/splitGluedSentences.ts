import abbreviations from './lexicon/abbreviations.json' with { type: 'json' };

const ABBREVIATIONS = new Set(abbreviations.map((a) => a.toLowerCase()));
// "năm 2025.Sáng 5/3", "người dân.Chiều": a full stop run into the next sentence's capital.
// The word before it is lower-case (or a capitalised word, a number, a closing quote);
// "TP.HCM", "V.League", "PGS.TS" (capitals or one letter before the stop) stay.
const GLUED = /(?<=(?:^|[^\p{L}\p{N}.])(\p{Lu}?\p{Ll}{1,}|\d+)?["”’)]?)([.!?]+)(?=["“]?\p{Lu}\p{Ll})/gu;

/** Inserts the space a scrape lost between a sentence's end and the next sentence. */
export function splitGluedSentences(text: string): string {
  return text.replace(GLUED, (stop: string, word: string | undefined, _p: string, offset: number) => {
    const before = text[offset - 1] ?? '';
    if (word === undefined && !/["”’)]/u.test(before)) return stop;
    if (word !== undefined && (word.length < 2 && !/\d/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))) return stop;
    return `${stop} `;
  });
}
