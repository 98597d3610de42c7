export interface VietnameseScore {
  /** Words with diacritics that are well-formed Vietnamese syllables. */
  syllables: number;
  /** Words with non-ASCII letters that no Vietnamese syllable looks like: the sign of a wrong decoding. */
  garbled: number;
}

const WORD = /[\p{L}\p{M}]*[^\p{ASCII}][\p{L}\p{M}]*/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouyăâêôơư]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** How Vietnamese the non-ASCII words of `text` look: at most one tone each, and a syllable's shape. */
export function scoreVietnamese(text: string): VietnameseScore {
  const score = { syllables: 0, garbled: 0 };
  for (const [word] of text.matchAll(WORD)) {
    const decomposed = word.toLowerCase().normalize('NFD');
    const tones = decomposed.match(TONES)?.length ?? 0;
    const base = decomposed.replace(TONES, '').normalize('NFC');
    if (tones <= 1 && SYLLABLE.test(base)) score.syllables++;
    else score.garbled++;
  }
  return score;
}

/** Clearly Vietnamese: enough syllables and hardly any garbled word (a few foreign names are fine). */
export function looksVietnamese({ syllables, garbled }: VietnameseScore): boolean {
  return syllables >= 3 && garbled <= Math.max(1, syllables * 0.05);
}
