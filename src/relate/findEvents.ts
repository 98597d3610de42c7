import type { EventKind, ExtractedEntity, ExtractedRelation, Sentence } from '../types.js';
import type { ArticleView } from './internal/articleView.js';
import type { Found } from './internal/relation.js';
import { PLANNED } from './rules/visitRules.js';
import { EVENT_RULES } from './rules/eventRules.js';

const KIND: Record<string, EventKind> = { VISITED: 'visit', MET: 'meeting', AGREEMENT: 'signing' };

/** "visit · Bình Định · 2019-10": readable in the viewer and in Gephi. */
function eventName(v: ArticleView, kind: EventKind, where: string | null, date: string | null): string {
  return [kind, where ? v.entity(where)?.name : null, date].filter(Boolean).join(' · ');
}

/** Events behind the relations (one per kind, date and place) and the dated events the text names. */
export function findEvents(v: ArticleView, facts: Found[]): { events: ExtractedEntity[]; links: ExtractedRelation[] } {
  const id = v.r.article.meta.id;
  const events = new Map<string, ExtractedEntity>();
  const links: ExtractedRelation[] = [];
  const event = (kind: EventKind, date: string | null, where: string | null, status: 'done' | 'planned', sentence: Sentence, rule: string) => {
    const key = `${kind}|${date}|${where}`;
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
  for (const f of facts) {
    const kind = KIND[f.type];
    if (!kind) continue;
    const locs = f.type === 'VISITED' && v.entity(f.source)?.type === 'Locality';
    const where = f.type === 'VISITED' ? f.target : null;
    const e = event(kind, f.date?.value.value ?? null, where, f.status, f.sentence, f.rule);
    const evidence = [{ article: id, sentence: f.sentence.text, rule: f.rule }];
    const participants = f.type === 'VISITED' ? (locs ? [[f.source, 'delegation']] : [[f.source, 'leader']]) : [[f.source, 'party'], [f.target, 'party']];
    for (const [who, role] of participants) links.push({ type: 'PARTICIPATED_IN', source: who!, target: e.id, date: e.date ?? null, role, evidence });
  }
  for (const s of v.sentences) {
    const date = v.dates.find((d) => !d.role && d.start >= s.start && d.end <= s.end);
    if (!date) continue;
    for (const rule of EVENT_RULES) {
      const m = rule.match.exec(s.text);
      if (!m) continue;
      const place = v.within(s.start, s.end).find((a) => a.kind === 'Locality' && a.start > s.start + m.index);
      event(rule.kind, date.value.value, place?.id ?? null, PLANNED.test(s.text.slice(0, m.index)) ? 'planned' : 'done', s, rule.reason);
    }
  }
  return { events: [...events.values()], links };
}
