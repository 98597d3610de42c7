const cache = new Map<string, string>();

/** Lower-cases and strips diacritics one character at a time, so offsets stay 1:1 with the input. */
export function foldChar(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    const base = c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    f = base === 'đ' || base === 'ð' ? 'd' : base.length === 1 ? base : c.toLowerCase();
    cache.set(c, f);
  }
  return f;
}

/** Folds a string character by character (same length as the input for NFC text). */
export function fold(s: string): string {
  let out = '';
  for (const c of s) out += foldChar(c);
  return out;
}

/** Folded words of a name, joined by single spaces: the key used by every lexicon index. */
export function nameKey(s: string): string {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

/** Lowercase, diacritic-free, dash-separated: the slug inside graph ids. */
export function slug(s: string): string {
  return nameKey(s).replace(/ /g, '-');
}

const TONES = '[\u0300\u0301\u0303\u0309\u0323]';
const OPEN_PAIR = new RegExp(`^(.*?)([ou])(${TONES}?)([aey])(${TONES}?)$`, 'u');

/** One tone placement for oa/oe/uy ("hoà" → "hòa", "thuỷ" → "thủy"): both are in use and name the same place. */
export function oneTonePlacement(syllable: string): string {
  const m = OPEN_PAIR.exec(syllable.normalize('NFD'));
  if (!m || /q$/.test(m[1]!) || !m[5] || m[3]) return syllable;
  if ((m[2] === 'o') !== (m[4] !== 'y')) return syllable;
  return `${m[1]}${m[2]}${m[5]}${m[4]}`.normalize('NFC');
}

/**
 * Lowercase words joined by dashes, diacritics kept: the slug of places missing from the gazetteer,
 * so "Văn Điển" and "Vân Diên" stay two places while "Hoà Khánh" and "Hòa Khánh" stay one.
 */
export function spellingSlug(s: string): string {
  return s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map(oneTonePlacement).join('-');
}
