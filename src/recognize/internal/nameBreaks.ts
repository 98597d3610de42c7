import breaks from '../lexicon/name-breaks.json' with { type: 'json' };
import type { NameWord } from './nameWords.js';

const OPENERS = new Set(breaks.openers);
/** Words that are also given names ("Năm", "Sáng"): a break only before what marks them as time or phrase words. */
const AMBIGUOUS = new Map(breaks.ambiguous.map((a) => [a.word, new RegExp(a.followedBy, 'u')]));

/**
 * A capitalised function word or sentence opener glued to a name when the headline or a
 * caption runs into the body: "Trần Ngọc Hiếu Theo …", "Đào Triết Năm 2014". Matched as
 * written, so "Tại" (at) never matches the given name "Tài".
 */
export function isNameBreak(word: NameWord, text: string): boolean {
  if (OPENERS.has(word.text)) return true;
  const after = AMBIGUOUS.get(word.text);
  return after !== undefined && after.test(text.slice(word.end, word.end + 24));
}
