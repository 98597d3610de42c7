import abbreviations from './lexicon/abbreviations.json' with { type: 'json' };

const ABBREVIATIONS = new Set(abbreviations.map((a) => a.toLowerCase()));
// "năm 2025.Sáng 5/3", "người dân.Chiều": a full stop run into the next sentence's capital.
const STOP = /[.!?]+(?=["“]?\p{Lu}\p{Ll})/gu;
// The word before it is lower-case (or a capitalised word, a number) maybe closed by a quote;
// "TP.HCM", "V.League", "PGS.TS" (capitals or one letter before the stop) stay.
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.])(\p{Lu}?\p{Ll}+|\d+)?(["”’)])?$/u;

/** Inserts the space a scrape lost between a sentence's end and the next sentence. */
export function splitGluedSentences(text: string): string {
  return text.replace(STOP, (stop: string, offset: number) => {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, offset - 30), offset));
    if (!m) return stop;
    const [, word, quote] = m;
    if (word === undefined) return quote ? `${stop} ` : stop;
    if ((word.length < 2 && !/\d/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase())) return stop;
    return `${stop} `;
  });
}
