import type { DateMention, EventKind, ExtractedEntity, ExtractedRelation, Sentence } from '../types.js';
import type { ArticleView } from './internal/articleView.js';
import { placeAfterTai } from './internal/destinations.js';
import type { Found } from './internal/relation.js';
import { EVENT_RULES } from './rules/eventRules.js';
import { PLANNED } from './rules/visitRules.js';

/** A signing told as it happens ("đã ký", "lễ ký"), not as history: the story's day is its day. */
const SIGNED_NOW = /(?<![\p{L}])(?:[Ll]ễ ký|đã ký|vừa ký|được ký|ký kết)(?![\p{L}])/u;

const KIND: Record<string, EventKind> = { VISITED: 'visit', MET: 'meeting', AGREEMENT: 'signing' };

/** "visit · Bình Định · 2019-10": readable in the viewer and in Gephi. */
function eventName(v: ArticleView, kind: EventKind, where: string | null, date: string | null): string {
  return [kind, where ? v.entity(where)?.name : null, date].filter(Boolean).join(' · ');
}

/** One event per occasion: a visit per date and destination, a meeting per date and people, a signing per date and document. */
function keyOf(f: Found, date: string | null, people: Map<number, string>): string {
  if (f.type === 'VISITED') return `visit|${date}|${f.target}`;
  if (f.type === 'MET') return `meeting|${date}|${people.get(f.sentence.start)}`;
  return `signing|${date}|${date && /-\d\d-\d\d$/.test(date) ? '' : f.sentence.start}`;
}

/**
 * Events: one behind each visit, meeting and signing found (linked to its participants), and
 * the events a dated sentence names even when their parties are incomplete.
 */
export function findEvents(v: ArticleView, facts: Found[], diplomatic: boolean): { events: ExtractedEntity[]; links: ExtractedRelation[] } {
  const id = v.r.article.meta.id;
  const events = new Map<string, ExtractedEntity>();
  const links: ExtractedRelation[] = [];
  const event = (key: string, kind: EventKind, date: string | null, where: string | null, status: 'done' | 'planned', sentence: Sentence, rule: string) => {
    let e = events.get(key);
    if (!e) {
      // The event's mention is the sentence it was read from: its name is made up, not written.
      const mention = { type: 'Event' as const, start: sentence.start, end: sentence.end, text: sentence.text, reason: rule };
      e = { id: `event:${id}:${events.size + 1}`, type: 'Event', name: eventName(v, kind, where, date), aliases: [], mentions: [mention], kind, date, status, where };
      events.set(key, e);
      if (where) links.push({ type: 'HELD_IN', source: e.id, target: where, date, evidence: [{ article: id, sentence: sentence.text, rule }] });
    }
    return e;
  };
  // The people of each meeting sentence, so one meeting told in one sentence is one event.
  const people = new Map<number, string>();
  for (const f of facts.filter((x) => x.type === 'MET')) {
    const all = new Set([...(people.get(f.sentence.start)?.split(',') ?? []), f.source, f.target]);
    people.set(f.sentence.start, [...all].filter(Boolean).sort().join(','));
  }
  // A fact told without a date happened on the story's day: the first day the article gives.
  const storyDay = v.dates.find((d) => !d.role && /-\d\d-\d\d$/.test(d.value.value))?.value.value ?? null;
  for (const f of facts) {
    const kind = KIND[f.type];
    if (!kind) continue;
    // A founding year or period on the relation is no day of this event.
    const date = f.date?.role ? null : f.date?.value.value ?? (f.type !== 'AGREEMENT' || SIGNED_NOW.test(f.sentence.text) ? storyDay : null);
    const where = f.type === 'VISITED' ? f.target : null;
    const e = event(keyOf(f, date, people), kind, date, where, f.status, f.sentence, f.rule);
    const evidence = [{ article: id, sentence: f.sentence.text, rule: f.rule }];
    const locs = f.type === 'VISITED' && v.entity(f.source)?.type === 'Locality';
    const participants = f.type === 'VISITED' ? [[f.source, locs ? 'delegation' : 'leader']] : [[f.source, 'party'], [f.target, 'party']];
    for (const [who, role] of participants) links.push({ type: 'PARTICIPATED_IN', source: who!, target: e.id, date: e.date ?? null, role, evidence });
  }
  const dated = new Set([...events.values()].map((e) => `${e.kind}|${e.date}`));
  const kinds = new Set([...events.values()].map((e) => e.kind));
  for (const s of v.sentences) {
    const date = firstDate(v, s)?.value.value ?? null;
    for (const rule of EVENT_RULES) {
      if (rule.diplomacyOnly && !diplomatic) continue;
      // An undated visit, meeting or signing of a diplomacy story happened on the story's day, once.
      const value = date ?? (rule.diplomacyOnly && !kinds.has(rule.kind) ? storyDay : null);
      if (!value) continue;
      const m = rule.match.exec(s.text);
      if (!m) continue;
      kinds.add(rule.kind);
      // The same kind on the same day is the occasion a relation already gave.
      if (dated.has(`${rule.kind}|${value}`)) continue;
      dated.add(`${rule.kind}|${value}`);
      // Where it is held: "tại X", else the first place the sentence names.
      const place = placeAfterTai(v, s.start, s.end) ?? v.within(s.start, s.end).find((a) => a.kind === 'Locality')?.id ?? null;
      const status = PLANNED.test(s.text.slice(0, m.index)) ? 'planned' : 'done';
      event(`${rule.kind}|${value}|${place}|text`, rule.kind, value, place, status, s, rule.reason);
    }
  }
  return { events: [...events.values()], links };
}

/** The sentence's first date that is an event's date (not a target year, founding year or period). */
function firstDate(v: ArticleView, s: Sentence): DateMention | undefined {
  return v.dates.find((d) => !d.role && d.start >= s.start && d.end <= s.end);
}
