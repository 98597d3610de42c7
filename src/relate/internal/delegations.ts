import type { ArticleView } from './articleView.js';

/** A travelling party: "Đoàn đại biểu thành phố Hà Nội do … làm trưởng đoàn". */
export interface Delegation {
  start: number;
  end: number;
  /** Locality the delegation comes from; null when unnamed or national-level. */
  home: string | null;
  /** Sent by a state, government or parliament rather than a locality. */
  national: boolean;
  leaders: string[];
}

// "trưởng đoàn", "phó đoàn", "thành viên đoàn" are roles inside a delegation, not a new one.
const OPEN = /(?<![\p{L}])(?<![Tt]rưởng |[Pp]hó |[Vv]iên |[Tt]rong )[Đđ]oàn(?: công tác| đại biểu| cán bộ| lãnh đạo| doanh nghiệp)?(?: cấp cao)?/gu;
const NATIONAL = /Quốc hội|Chính phủ|cấp cao|Nhà nước|Bộ /;
const HEAD_END = /\s(?:do|đã|sẽ|đang|vừa|có|đến|tới|sang|làm|thăm|chụp|tham|gồm|cùng|bày|trong|và)\s|[,;.:]|\((?!TP\)|TX\))/u;

/** Every delegation phrase of the article, with its home locality and leaders. */
export function findDelegations(v: ArticleView): Delegation[] {
  const out: Delegation[] = [];
  for (const m of v.text.matchAll(OPEN)) {
    const start = m.index!;
    const after = v.text.slice(start + m[0].length);
    const stop = HEAD_END.exec(after);
    // "Đoàn đại biểu Hội Nghị sĩ hữu nghị của Hội đồng tỉnh Osaka": the head runs to a verb or comma.
    const end = start + m[0].length + (stop ? stop.index : after.length);
    const head = v.text.slice(start, end);
    const args = v.within(start, end).filter((a) => a.kind !== 'Person');
    const country = args.find((a) => a.kind === 'Country');
    const home = args.find((a) => a.kind !== 'Country' && a.place)?.place ?? null;
    const national = !home && (NATIONAL.test(head) || country !== undefined);
    // "Tiếp đón Đoàn đại biểu thành phố Hà Nội, …": the same delegation, led as said before.
    const leaders = leadersOf(v, start, end);
    const earlier = home && leaders.length === 0 ? out.find((d) => d.home === home && d.leaders.length > 0) : undefined;
    out.push({ start, end, home, national, leaders: earlier ? earlier.leaders : leaders });
  }
  return out;
}

/** "… do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn", "P cùng đoàn công tác". */
function leadersOf(v: ArticleView, start: number, end: number): string[] {
  const sentence = v.sentences.find((s) => s.start <= start && start < s.end);
  if (!sentence) return [];
  const rest = v.text.slice(end, sentence.end);
  const led = /\bdo\b(.*?)(?:làm trưởng đoàn|dẫn đầu|làm Trưởng đoàn)/u.exec(rest);
  if (led) {
    const from = end + led.index, to = end + led.index + led[0].length;
    return v.within(from, to).filter((a) => a.kind === 'Person').map((a) => a.id);
  }
  const before = v.text.slice(sentence.start, start);
  if (/\bcùng\s*$/.test(before)) {
    const persons = v.within(sentence.start, start).filter((a) => a.kind === 'Person');
    const last = persons[persons.length - 1];
    if (last) return [last.id];
  }
  return [];
}
