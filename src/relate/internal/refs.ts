import type { DateMention } from '../../types.js';
import type { Arg, ArticleView } from './articleView.js';

/**
 * A bare title standing for a person ("Thủ tướng tiếp…", "của Ngài Thị trưởng"): the person
 * of the article holding that title, the most recently mentioned one when several do.
 */
export function personByTitle(v: ArticleView, from: number, to: number): string[] {
  const out: string[] = [];
  for (const t of v.titles) {
    if (t.start < from || t.end > to) continue;
    const named = v.args.some((a) => a.kind === 'Person' && a.start >= t.end && a.start - t.end < 60 && !/[,;.]/.test(v.text.slice(t.end, a.start)));
    if (named) continue;
    const holders = [...v.r.entities.values()].filter((e) => e.type === 'Person' && e.titles?.some((x) => x.toLowerCase().startsWith(t.title.toLowerCase())));
    if (holders.length === 0) continue;
    const recent = v.args.filter((a) => a.kind === 'Person' && a.end <= t.start && holders.some((h) => h.id === a.id));
    const id = recent[recent.length - 1]?.id ?? holders[0]!.id;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Persons in a span, with bare titles resolved. */
export function personsIn(v: ArticleView, from: number, to: number): string[] {
  const named = v.within(from, to).filter((a: Arg) => a.kind === 'Person').map((a) => a.id);
  const ids = [...named];
  for (const id of personByTitle(v, from, to)) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Sentences a news lead spans: the headline, the dateline sentence, one more. */
const LEAD_SENTENCES = 3;

/**
 * The date of a fact: the date in its sentence nearest to the trigger; without one, the
 * lead's day or month ("Sáng 6/6, …"), which news reports give once for the whole story.
 */
export function dateNear(v: ArticleView, sentenceStart: number, sentenceEnd: number, at: number): DateMention | null {
  const inside = v.dates.filter((d) => !d.role && d.start >= sentenceStart && d.end <= sentenceEnd);
  if (inside.length === 0) return leadDate(v);
  return [...inside].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]!;
}

function leadDate(v: ArticleView): DateMention | null {
  const end = v.sentences[Math.min(LEAD_SENTENCES, v.sentences.length) - 1]?.end ?? 0;
  // A bare year in the lead ("năm 2008") is background, not the day of the story.
  return v.dates.find((d) => !d.role && d.end <= end && /-\d\d(?:-\d\d)?$/.test(d.value.value)) ?? null;
}
