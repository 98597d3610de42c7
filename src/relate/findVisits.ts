import { loadGazetteer } from '../recognize/gazetteer.js';
import type { Sentence } from '../types.js';
import type { ArticleView } from './internal/articleView.js';
import { clausesOf, type Clause } from './internal/clauses.js';
import type { Delegation } from './internal/delegations.js';
import { dateNear, personsIn } from './internal/refs.js';
import type { Found } from './internal/relation.js';
import { hostPlace, placesAfter, venueOf } from './internal/destinations.js';
import { listAt } from './internal/lists.js';
import { INVITED, ONLINE, PLANNED, REPRESENTATIVES, VISIT_RULES, type VisitRule } from './rules/visitRules.js';
import { execAll } from '../internal/execAll.js';

/** Before a place that is the subject of its clause: nothing, or a fronted time ("Năm 2024, ") and an administrative word. */
const SUBJECT_PLACE = /^\s*(?:[^,]{0,40},\s*)?(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận)?\s*$/u;

interface Side { homes: string[]; leaders: string[]; national: boolean }

/** VISITED edges: a delegation's home locality → the locality it went to (and its leaders → that locality). */
export function findVisits(v: ArticleView, delegations: Delegation[]): Found[] {
  const out: Found[] = [];
  for (const sentence of v.sentences) {
    if (ONLINE.test(sentence.text)) continue;
    for (const clause of clausesOf(sentence)) {
      for (const rule of VISIT_RULES) {
        for (const m of execAll(rule.match, clause.text)) {
          const at = clause.start + m.index!, after = at + m[0].length;
          const lead = v.text.slice(clause.start, at);
          if (INVITED.test(lead)) continue;
          // Who travelled is the cheaper question, and most triggers have nobody: ask it first.
          const visitors = visitorsOf(v, rule, clause, at, after, delegations).filter((x) => !x.national);
          if (visitors.length === 0) continue;
          const places = destinationOf(v, rule, clause, at, after);
          if (places.length === 0) continue;
          const status = PLANNED.test(lead) ? 'planned' : 'done';
          const date = dateNear(v, sentence.start, sentence.end, at);
          for (const visitor of visitors) {
            for (const place of places) {
              // Attendees and received guests travel only when they come from another country.
              if (rule.visitor === 'attendees' || rule.visitor === 'guest') {
                const there = v.entity(place)?.country;
                if (!there || visitor.homes.some((h) => !v.entity(h)?.country || v.entity(h)?.country === there)) continue;
              }
              const homes = visitor.homes.filter((h) => h !== place && !within(place, h) && !within(h, place));
              for (const home of homes) out.push(found(home, place, date, status, sentence, rule.reason));
              if (homes.length) for (const p of visitor.leaders) out.push(found(p, place, date, status, sentence, `${rule.reason}.leader`));
            }
          }
        }
      }
    }
  }
  return out;
}

/** A visit to a district of one's own province is local government at work, not a visit. */
function within(place: string, unit: string): boolean {
  const parent = loadGazetteer().byId.get(place)?.parent;
  // A place missing from the gazetteer carries the province the text put it in: "huyện Ia H’drai (Kon Tum)".
  return parent === unit || (parent === undefined && unit.startsWith('locality:VN:') && place.startsWith('locality:VN:') && place.endsWith(`-${unit.slice('locality:VN:'.length)}`));
}

function found(source: string, target: string, date: Found['date'], status: Found['status'], sentence: Sentence, rule: string): Found {
  return { type: 'VISITED', source, target, date, status, sentence, rule };
}

function destinationOf(v: ArticleView, rule: VisitRule, clause: Clause, at: number, after: number): string[] {
  return withProvinces(v, placesOf(v, rule, clause, at, after));
}

function placesOf(v: ArticleView, rule: VisitRule, clause: Clause, at: number, after: number): string[] {
  if (rule.destination === 'host') return hostPlace(v, clause, at);
  if (rule.destination === 'venue') return venueOf(v, clause.sentence);
  const places = placesAfter(v, after, clause.end);
  // "Tại thủ đô Washington D.C., đoàn đã thăm và làm việc tại Bộ Ngoại giao": the place the clause opens with.
  return places.length ? places : hostPlace(v, clause, at, { openingOnly: true });
}

/** A city or district the article places in a province it also names is a visit to that province too. */
function withProvinces(v: ArticleView, places: string[]): string[] {
  const out = [...places];
  for (const p of places) {
    const parent = loadGazetteer().byId.get(p)?.parent;
    if (parent && !out.includes(parent) && v.entity(parent)) out.push(parent);
  }
  return out;
}

function visitorsOf(v: ArticleView, rule: VisitRule, clause: Clause, at: number, after: number, delegations: Delegation[]): Side[] {
  const delegationAt = (from: number) => delegations.find((x) => x.start >= from && x.start - from < 3);
  const side = (s: Side | null) => (s && s.homes.length ? [s] : s?.national ? [s] : []);
  switch (rule.visitor) {
    case 'delegation-after': {
      const d = delegationAt(after);
      return d ? side(sideOfDelegation(v, d)) : [];
    }
    case 'owner': {
      const m = /của\s+/u.exec(v.text.slice(after, clause.end));
      if (!m) return [];
      const from = after + m.index + m[0].length;
      const d = delegationAt(from);
      return side(d ? sideOfDelegation(v, d) : sideOfPersons(v, personsIn(v, from, clause.end)));
    }
    case 'guest': {
      const d = delegationAt(after);
      if (d) return [];
      const guest = v.within(after, clause.end).find((a) => a.kind === 'Person');
      if (!guest || /[;.]/.test(v.text.slice(after, guest.start))) return [];
      return side(sideOfPersons(v, [guest.id]));
    }
    case 'attendees': {
      const end = clause.sentence.end;
      const sides: Side[] = [];
      for (const d of delegations.filter((x) => x.start >= after && x.start < end)) sides.push(...side(sideOfDelegation(v, d)));
      for (const p of v.within(after, end).filter((a) => a.kind === 'Person')) sides.push(...side(sideOfPersons(v, [p.id])));
      // "các đại biểu từ TP Milan, Italy; Kosice, Slovakia": representatives of places, unnamed.
      for (const m of v.text.slice(after, end).matchAll(REPRESENTATIVES)) {
        const from = after + m.index! + m[0].length;
        const homes = listAt(v, from, end).map((a) => a.place!).filter(Boolean);
        if (homes.length) sides.push({ homes, leaders: [], national: false });
      }
      return sides;
    }
    case 'delegation-before': {
      const d = delegations.filter((x) => x.start >= clause.start && x.end <= at).pop();
      return d ? side(sideOfDelegation(v, d)) : [];
    }
    case 'before': {
      const d = delegations.filter((x) => x.start >= clause.start && x.end <= at).pop();
      if (d) return side(sideOfDelegation(v, d));
      const persons = personsIn(v, clause.start, at);
      if (persons.length) return side(sideOfPersons(v, persons.slice(-1)));
      // "Tỉnh Bình Định sẽ sang thăm …": a place as the clause's subject, after a fronted adverbial at most.
      const first = v.within(clause.start, at)[0];
      if (first && first.kind === 'Locality' && first.place && SUBJECT_PLACE.test(v.text.slice(clause.start, first.start))) {
        return [{ homes: [first.place], leaders: [], national: false }];
      }
      return [];
    }
  }
}

function sideOfDelegation(v: ArticleView, d: Delegation): Side {
  if (d.homes.length || d.national) return { homes: d.homes, leaders: d.leaders, national: d.national };
  return { ...(sideOfPersons(v, d.leaders) ?? { homes: [], national: false }), leaders: d.leaders };
}

function sideOfPersons(v: ArticleView, ids: string[]): Side | null {
  for (const id of ids) {
    const home = v.r.affiliations.get(id) ?? null;
    const national = v.r.recognized.persons.some((p, k) => v.r.personIds[k] === id && p.level === 'national') && !home;
    if (home || national) return { homes: home ? [home] : [], leaders: ids, national };
  }
  return null;
}
