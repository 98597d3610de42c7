import type { TitleMention } from '../recognize/findTitles.js';
import type { ExtractedEntity, ExtractedRelation, ResolvedArticle } from '../types.js';
import { findAgreements } from './findAgreements.js';
import { findEvents } from './findEvents.js';
import { findMeetings } from './findMeetings.js';
import { findVisits } from './findVisits.js';
import { articleView } from './internal/articleView.js';
import { findDelegations } from './internal/delegations.js';
import { toRelation, trace, type Found } from './internal/relation.js';

export { findVisits } from './findVisits.js';
export { findMeetings } from './findMeetings.js';
export { findAgreements } from './findAgreements.js';

/** relate stage: visits, meetings, agreements and the events and positions around them. */
export function relate(r: ResolvedArticle, titles: TitleMention[]): { relations: ExtractedRelation[]; events: ExtractedEntity[] } {
  const v = articleView(r, titles);
  const delegations = findDelegations(v);
  const facts: Found[] = [...findVisits(v, delegations), ...findMeetings(v, delegations), ...findAgreements(v)]
    .filter((f) => r.entities.has(f.source) && r.entities.has(f.target));
  facts.forEach((f) => trace(v, f));
  // An article about local diplomacy: it gave a relation or names a delegation.
  const diplomatic = facts.length > 0 || delegations.some((d) => d.homes.length > 0 || d.national);
  const { events, links } = findEvents(v, facts, diplomatic);
  const relations = [...facts.map((f) => toRelation(v, f)), ...links, ...positions(r)];
  return { relations, events };
}

/** HOLDS_POSITION: a person → the locality they act for, with their title. */
function positions(r: ResolvedArticle): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const [person, place] of r.affiliations) {
    const e = r.entities.get(person);
    if (!e || !r.entities.has(place)) continue;
    const m = e.mentions[0];
    const sentence = r.article.sentences.find((s) => m && s.start <= m.start && m.start < s.end)?.text ?? '';
    out.push({ type: 'HOLDS_POSITION', source: person, target: place, date: null, title: e.titles?.[0] ?? undefined,
      evidence: [{ article: r.article.meta.id, sentence, rule: 'position.title' }] });
  }
  return out;
}
