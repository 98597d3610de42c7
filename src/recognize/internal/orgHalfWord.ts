import { isVietnameseSyllable } from '../../clean/internal/vnSyllable.js';
import type { OrgCtx } from './orgHead.js';
import type { SpanState } from './orgSpanStep.js';
import { PLACE_WORDS } from './orgNameWords.js';
import { endsName, isNameNumber, STOP } from './orgSpanWords.js';

/**
 * The press capitalises only the first syllable of a name word: "Trung tâm Sinh sản", "Trung tâm Phẫu thuật Thần kinh",
 * "Báo Dân trí". A name cut back to one capital syllable after small words, read on past a small syllable that is
 * no stop word or place word and ends the phrase, ends with that syllable ("Trung tâm Sinh" would be half a word).
 */
export function takeSecondSyllable(ctx: OrgCtx, s: SpanState): void {
  const { tokens, text } = ctx, k = s.lastGood;
  if (k < 2 || s.j <= k || k >= tokens.length) return;
  const last = tokens[k - 1]!, before = tokens[k - 2]!, next = tokens[k]!;
  if (!last.cap || last.upper || (before.cap && k - 2 >= s.i + s.head.words) || next.cap || text.slice(last.end, next.start) !== ' ') return;
  const small = next.text;
  if (STOP.has(small) || PLACE_WORDS.has(small) || !isVietnameseSyllable(small) || !isVietnameseSyllable(last.text.toLowerCase())) return;
  if (endsName(ctx, k - 1)) return;
  // The word ends there: a break, a capital, a stop word or a place word follows ("Cục Thuế xuất hóa đơn" is a verb phrase).
  const after = tokens[k + 1];
  // "nhất" is no such break: it closes words of its own ("thống nhất", "duy nhất").
  if (after && text.slice(next.end, after.start) === ' ' && !after.cap && !/^\d/.test(after.text)
    && (!STOP.has(after.text) || after.text === 'nhất') && !PLACE_WORDS.has(after.text)) return;
  s.lastGood = isNameNumber(ctx, k + 1) ? k + 2 : k + 1;
}
