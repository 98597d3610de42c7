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
