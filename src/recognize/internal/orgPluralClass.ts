import { COUNTRIES } from './lexicons.js';
import type { OrgCtx } from './orgHead.js';
import { isDomainWord } from './orgNameWords.js';

/** Plural quantifiers: "các Cơ quan chính phủ Mỹ" are the US government's agencies, a class and no one body. */
const PLURAL = new Set(['các', 'những', 'nhiều', 'mọi', 'Các', 'Những', 'Nhiều', 'Mọi']);

/**
 * The head at i follows a plural word and its name is only domain words and places ("các Cơ quan chính phủ Mỹ",
 * "các Sở Y tế"): it names a kind of body. A proper name keeps it ("các Tập đoàn Samsung").
 */
export function isPluralClass(ctx: OrgCtx, i: number, from: number, to: number): boolean {
  const { tokens, text } = ctx, before = tokens[i - 1];
  if (!before || !PLURAL.has(before.text) || text.slice(before.end, tokens[i]!.start) !== ' ') return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k + 1 < to && isDomainWord(t, tokens[k + 1]!)) { k++; continue; }
    if (!t.cap) continue;
    const loc = ctx.localities.find((l) => l.start <= t.start && t.end <= l.end);
    if (loc) { while (k + 1 < to && tokens[k + 1]!.end <= loc.end) k++; continue; }
    if (k + 1 < to && COUNTRIES.map.has(`${t.folded} ${tokens[k + 1]!.folded}`)) { k++; continue; }
    if (!COUNTRIES.map.has(t.folded)) return false;
  }
  return true;
}
