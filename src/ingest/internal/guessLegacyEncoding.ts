import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './decodeLegacy.js';
import { looksVietnamese, scoreVietnamese } from './scoreVietnamese.js';

/** Enough text to judge an encoding by; a 50 MB file is not decoded three times. */
const SAMPLE = 1 << 16;

export interface LegacyGuess {
  encoding: LegacyEncoding;
  text: string;
}

/**
 * The one legacy encoding under which `input` reads as Vietnamese, decoded;
 * null when none does or more than one does: a guess that could be wrong
 * would put mojibake entities into the graph.
 */
export function guessLegacyEncoding(input: Uint8Array | string, candidates: readonly LegacyEncoding[] = LEGACY_ENCODINGS): LegacyGuess | null {
  const sample = typeof input === 'string' ? input.slice(0, SAMPLE) : input.subarray(0, SAMPLE);
  const fits = candidates.filter((encoding) => looksVietnamese(scoreVietnamese(decodeLegacy(sample, encoding))));
  return fits.length === 1 ? { encoding: fits[0]!, text: decodeLegacy(input, fits[0]!) } : null;
}
