import type { Span } from '../types.js';
import features from './lexicon/geo-features.json' with { type: 'json' };
import { phraseIndex, phraseLengthsAt } from './internal/lexicons.js';
import type { Token } from './internal/tokenize.js';

const FEATURES = phraseIndex(features.map((f) => [f, f] as [string, string]));

/**
 * Continents, oceans and world regions ("châu Á", "Thái Bình Dương", "Đông Nam Á"): capitalized
 * like names, but neither persons ("Châu" is a surname) nor localities ("Thái Bình" is a province).
 * Matched case-insensitively, longest first.
 */
export function findGeoFeatures(tokens: Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const n of phraseLengthsAt(FEATURES, tokens, i)) {
      if (n < 2 || !tokens.slice(i + 1, i + n).some((t) => t.cap)) continue;
      out.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
      i += n - 1;
      break;
    }
  }
  return out;
}
