import { guessLegacyEncoding, type LegacyGuess } from './guessLegacyEncoding.js';
import { scoreVietnamese } from './scoreVietnamese.js';

/** Letters only Unicode Vietnamese has; legacy text read as Latin-1 never contains them. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|[aeiouy][\u0300\u0301\u0303\u0309\u0323]/i;
const LATIN1_LETTERS = /[\u00C0-\u00FF]/g;
const SAMPLE = 1 << 16;

/**
 * Valid UTF-8 can still be mojibake: a page written for a VNI or ABC (TCVN3)
 * font, saved after being read as Latin-1 ("Vieät Nam", "ViÖt Nam"). Returns
 * the text converted when one legacy encoding clearly fits (the encoding too,
 * for the article's other fields), null when the text is fine as it is, and
 * throws an Error whose message is the reason to skip the article when it is
 * garbled beyond a reliable repair.
 */
export function detectMojibake(text: string): LegacyGuess | null {
  const sample = text.slice(0, SAMPLE);
  if (UNICODE_VIETNAMESE.test(sample) || (sample.match(LATIN1_LETTERS)?.length ?? 0) < 3) return null;
  const guess = guessLegacyEncoding(text, ['VNI', 'TCVN3']);
  if (guess) return guess;
  const { syllables, garbled } = scoreVietnamese(sample);
  if (garbled >= 5 && garbled > 2 * syllables) {
    throw new Error(
      'garbled text: it has no Vietnamese letters but many words like "Vieät" or "ViÖt" ' +
        '(a legacy VNI/TCVN3 text read as Latin-1) and no legacy encoding fits it reliably; convert it to Unicode, e.g. with Unikey\'s converter',
    );
  }
  return null;
}
