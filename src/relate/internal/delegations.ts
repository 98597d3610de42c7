import type { Arg, ArticleView } from './articleView.js';
import { listAt } from './lists.js';
import { DELEGATION_HEAD_END, DELEGATION_NATIONAL, DELEGATION_OPEN, LED_BY, OWNER_AFTER } from '../rules/delegationRules.js';

/** A travelling party: "Đoàn đại biểu thành phố Hà Nội do … làm trưởng đoàn". */
export interface Delegation {
  start: number;
  end: number;
  /** Localities the delegation comes from (several for a joint one); empty when unnamed or national. */
  homes: string[];
  /** Sent by a state, government or parliament rather than a locality. */
  national: boolean;
  leaders: string[];
  /** A bare "đoàn" read as the article's delegation named before or after it. */
  anaphor: boolean;
}

/** Every delegation phrase of the article, with its home localities and leaders. */
export function findDelegations(v: ArticleView): Delegation[] {
  const out: Delegation[] = [];
  for (const m of v.text.matchAll(DELEGATION_OPEN)) {
    const start = m.index!;
    // "Ảnh: Đoàn Hùng/TTXVN": Đoàn is also a surname; a bare "Đoàn" before a capital that opens no place is a name.
    if (v.args.some((a) => a.kind === 'Person' && a.start === start)) continue;
    const next = /^ (\p{Lu})/u.exec(v.text.slice(start + m[0].length, start + m[0].length + 2));
    if (next && m[0].length === 4 && !v.args.some((a) => a.kind === 'Locality' && a.start === start + 5)) continue;
    const after = v.text.slice(start + m[0].length);
    const stop = DELEGATION_HEAD_END.exec(after);
    // "Đoàn đại biểu Hội Nghị sĩ hữu nghị của Hội đồng tỉnh Osaka": the head runs to a verb or comma.
    let end = start + m[0].length + (stop ? stop.index : after.length);
    const args = v.within(start, end).filter((a) => a.kind !== 'Person' && !namedAfter(v, a));
    const country = args.find((a) => a.kind === 'Country');
    const first = args.find((a) => a.kind !== 'Country' && a.place) ?? ownerAfter(v, end);
    // "đoàn lãnh đạo các địa phương Hà Nội, Bà Rịa-Vũng Tàu, Đồng Nai và …": a joint delegation.
    const list = first ? listAt(v, first.start, v.sentences.find((s) => s.start <= start && start < s.end)?.end ?? end) : [];
    const homes = [...new Set((list.length ? list : first ? [first] : []).map((a) => a.place!).filter(Boolean))];
    if (list.length > 1) end = Math.max(end, list[list.length - 1]!.end);
    const head = v.text.slice(start, end);
    const national = homes.length === 0 && (DELEGATION_NATIONAL.test(head) || country !== undefined);
    // "Tiếp đón Đoàn đại biểu thành phố Hà Nội, …": the same delegation, led as said before.
    const leaders = leadersOf(v, start, end);
    const earlier = homes.length && leaders.length === 0 ? out.find((d) => d.homes[0] === homes[0] && d.leaders.length > 0) : undefined;
    out.push({ start, end, homes, national, leaders: earlier ? earlier.leaders : leaders, anaphor: false });
  }
  // A bare "Đoàn đã thăm…" is the one delegation the article names with a home.
  const named = out.filter((d) => d.homes.length > 0);
  // Only when the article has no other party travelling: one home, no national delegation.
  const same = named.every((d) => d.homes.join() === named[0]!.homes.join()) && !out.some((d) => d.national);
  if (named.length && same) {
    for (const d of out) if (d.homes.length === 0 && !d.national && d.end - d.start <= 12) Object.assign(d, { homes: named[0]!.homes, leaders: d.leaders.length ? d.leaders : named[0]!.leaders, anaphor: true });
  }
  return out;
}

/**
 * A place inside a body's name, written without its administrative word, is what the body is named
 * after ("Đoàn Thanh niên Cộng sản Hồ Chí Minh"), not where it is from; a locality's own government
 * ("UBND tỉnh X", "Hội đồng tỉnh Osaka") is.
 */
function namedAfter(v: ArticleView, a: Arg): boolean {
  if (a.kind !== 'Locality') return false;
  const body = v.args.find((o) => o.kind === 'Organization' && o.start < a.start && a.end <= o.end);
  if (!body || body.level === 'government') return false;
  return !v.r.recognized.localities.some((l) => l.start === a.start && l.prefixed);
}

/** "đoàn đại biểu cấp cao và nhiều doanh nghiệp hàng đầu của Saint Petersburg": the place the party belongs to, past "và". */
function ownerAfter(v: ArticleView, end: number): Arg | undefined {
  const m = OWNER_AFTER.exec(v.text.slice(end, end + 120));
  if (!m) return undefined;
  const from = end + m[0].length;
  return v.within(from, from + 60).find((a) => a.start - from < 12 && a.kind !== 'Person' && a.kind !== 'Country' && a.place !== null);
}

/** "… do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn", "P cùng đoàn công tác". */
function leadersOf(v: ArticleView, start: number, end: number): string[] {
  const sentence = v.sentences.find((s) => s.start <= start && start < s.end);
  if (!sentence) return [];
  const rest = v.text.slice(end, sentence.end);
  const led = LED_BY.exec(rest);
  if (led) {
    const from = end + led.index, to = end + led.index + led[0].length;
    return v.within(from, to).filter((a) => a.kind === 'Person').map((a) => a.id);
  }
  const before = v.text.slice(sentence.start, start);
  // "ông X dẫn đầu đoàn", "ông X cùng đoàn công tác"
  if (/(?:\bcùng|dẫn đầu|dẫn|làm trưởng)\s*$/u.test(before)) {
    const persons = v.within(sentence.start, start).filter((a) => a.kind === 'Person');
    const last = persons[persons.length - 1];
    if (last) return [last.id];
  }
  return [];
}
