import glued from '../lexicon/org-glued-syllables.json' with { type: 'json' };
import stopwords from '../lexicon/org-stopwords.json' with { type: 'json' };
import { COUNTRIES } from './lexicons.js';
import type { OrgCtx } from './orgHead.js';
import { isDomainWord } from './orgNameWords.js';

/** Small words that end a name: verbs, prepositions, function words ("đã", "tại", "của"). */
export const STOP = new Set(stopwords);
/** Stop words that are also second syllables of name words ("Cộng đồng", "Xúc tiến"), unlike "đã" or "tại". */
export const GLUED = new Set(glued);
const ADMIN_WORDS = new Set(['tỉnh', 'thành', 'TP', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/** Token k completes a name of its own: a place, a country ("Việt Nam"), an acronym. */
export function endsName(ctx: OrgCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.upper || ctx.localities.some((l) => l.end === t.end)) return true;
  // Countries are written with capitals: "Giáo dục" ends in no "Đức".
  if (!t.cap) return false;
  // A continent: "châu Âu", "châu Phi".
  if (ctx.tokens[k - 1]?.text === 'châu') return true;
  const two = k > 0 ? `${ctx.tokens[k - 1]!.folded} ${t.folded}` : '';
  return COUNTRIES.map.has(two) || COUNTRIES.map.has(t.folded);
}

/**
 * Small domain noun at j, j+1 after "và" that closes the name ("Sở Tài nguyên và môi trường cho biết"),
 * not one that starts a phrase of its own ("Ngân hàng Nhà nước và chính sách tiền tệ").
 */
export function bridgesAnd(ctx: OrgCtx, j: number, lastGood: number): boolean {
  if (ctx.tokens[j - 1]!.text !== 'và' || lastGood !== j - 1) return false;
  const a = ctx.tokens[j + 1]!, after = ctx.tokens[j + 2];
  if (!after || after.cap || ctx.text.slice(a.end, after.start) !== ' ') return true;
  return STOP.has(after.text) || ADMIN_WORDS.has(after.text);
}

/** The word at k may follow "và" inside a name: a domain word or an acronym, not a country, a place or a person. */
export function joinsAfterAnd(ctx: OrgCtx, k: number): boolean {
  const t = ctx.tokens[k], next = ctx.tokens[k + 1];
  if (!t) return false;
  if (!t.cap) return !!next && isDomainWord(t, next);
  // Capitals: an acronym ("NN và PTNT") or a domain word ("Kế hoạch và Đầu tư"), not "Quốc hội và Nghị quyết".
  return t.upper || (!!next && isDomainWord(t, next));
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * A number at j right after the name is part of it ("Quân khu 9", "Bệnh viện Quân y 175"), unless words follow
 * that it counts ("Bộ Y tế 2 năm liền"); a year is a date.
 */
export function isNameNumber(ctx: OrgCtx, j: number): boolean {
  const { tokens, text } = ctx, t = tokens[j], next = tokens[j + 1];
  // "Tỉnh ủy Thanh Hóa Số 4/…": after "Số" a document's number.
  if (!t || text.slice(tokens[j - 1]!.end, t.start) !== ' ' || !/^\d{1,4}$/.test(t.text) || YEAR.test(t.text) || /^[Ss]ố$/u.test(tokens[j - 1]!.text)) return false;
  return !(next && !next.cap && text.slice(t.end, next.start) === ' ');
}
