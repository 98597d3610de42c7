import type { Sentence } from '../types.js';
import type { ArticleView } from './internal/articleView.js';
import { clausesOf, type Clause } from './internal/clauses.js';
import type { Delegation } from './internal/delegations.js';
import { dateNear, personsIn } from './internal/refs.js';
import type { Found } from './internal/relation.js';
import { INVITED, ONLINE, PLANNED, VISIT_RULES, type VisitRule } from './rules/visitRules.js';

interface Side { home: string | null; leaders: string[]; national: boolean }

/** VISITED edges: a delegation's home locality → the locality it went to (and its leaders → that locality). */
export function findVisits(v: ArticleView, delegations: Delegation[]): Found[] {
  const out: Found[] = [];
  for (const sentence of v.sentences) {
    if (ONLINE.test(sentence.text)) continue;
    for (const clause of clausesOf(sentence)) {
      for (const rule of VISIT_RULES) {
        for (const m of clause.text.matchAll(rule.match)) {
          const at = clause.start + m.index!, after = at + m[0].length;
          const lead = v.text.slice(clause.start, at);
          if (INVITED.test(lead)) continue;
          const visitor = visitorOf(v, rule, clause, at, after, delegations);
          if (!visitor || visitor.national || !visitor.home) continue;
          const places = rule.destination === 'after' ? placesAfter(v, after, clause.end) : hostPlace(v, clause, at);
          const status = PLANNED.test(lead) ? 'planned' : 'done';
          const date = dateNear(v, sentence.start, sentence.end, at);
          for (const place of places) {
            if (place === visitor.home) continue;
            out.push(found(visitor.home, place, date, status, sentence, rule.reason));
            for (const p of visitor.leaders) out.push(found(p, place, date, status, sentence, `${rule.reason}.leader`));
          }
        }
      }
    }
  }
  return out;
}

function found(source: string, target: string, date: Found['date'], status: Found['status'], sentence: Sentence, rule: string): Found {
  return { type: 'VISITED', source, target, date, status, sentence, rule };
}

function visitorOf(v: ArticleView, rule: VisitRule, clause: Clause, at: number, after: number, delegations: Delegation[]): Side | null {
  if (rule.visitor === 'delegation-after') {
    const d = delegations.find((x) => x.start >= after && x.start - after < 3);
    return d ? sideOfDelegation(v, d) : null;
  }
  if (rule.visitor === 'owner') {
    const m = /của\s+/u.exec(v.text.slice(after, clause.end));
    if (!m) return null;
    const from = after + m.index + m[0].length;
    const d = delegations.find((x) => x.start >= from && x.start - from < 3);
    if (d) return sideOfDelegation(v, d);
    return sideOfPersons(v, personsIn(v, from, clause.end));
  }
  const d = delegations.filter((x) => x.start >= clause.start && x.end <= at).pop();
  if (d) return sideOfDelegation(v, d);
  const persons = personsIn(v, clause.start, at);
  if (persons.length) return sideOfPersons(v, persons.slice(-1));
  const first = v.within(clause.start, at)[0];
  if (first && first.kind === 'Locality' && first.place) return { home: first.place, leaders: [], national: false };
  return null;
}

function sideOfDelegation(v: ArticleView, d: Delegation): Side {
  if (d.home || d.national) return { home: d.home, leaders: d.leaders, national: d.national };
  return { ...(sideOfPersons(v, d.leaders) ?? { home: null, national: false }), leaders: d.leaders };
}

function sideOfPersons(v: ArticleView, ids: string[]): Side | null {
  for (const id of ids) {
    const home = v.r.affiliations.get(id) ?? null;
    const national = v.r.recognized.persons.some((p, k) => v.r.personIds[k] === id && p.level === 'national') && !home;
    if (home || national) return { home, leaders: ids, national };
  }
  return null;
}

/** "tại Đà Nẵng và TP.HCM", "tỉnh Fukuoka": the places right after a trigger. */
function placesAfter(v: ArticleView, from: number, to: number): string[] {
  const args = v.within(from, to);
  const out: string[] = [];
  let cursor = from;
  for (const a of args) {
    const gap = v.text.slice(cursor, a.start);
    const joined = out.length === 0 ? /^[\s]*(?:(?:tại|tới|ở|đến|thăm|lãnh đạo|chính quyền)\s+)?(?:(?:tỉnh|thành phố|Thành phố|TP|thủ đô|phủ|huyện|thị xã|các thành phố|các tỉnh)\s*)?$/u.test(gap)
      : /^\s*(?:,|và|, và)\s*(?:(?:tại|tỉnh|thành phố|TP)\s+)?$/u.test(gap);
    if (!joined) break;
    if (a.kind === 'Country' || !a.place) break;
    if (a.kind === 'Person') break;
    out.push(a.place);
    cursor = a.end;
  }
  return out;
}

/** Where a reception happens: "Tại Văn phòng UBND tỉnh Bình Định, …", else the host's own locality. */
function hostPlace(v: ArticleView, clause: Clause, at: number): string[] {
  const lead = v.text.slice(clause.start, at);
  const tai = /^(?:[^,]*?\s)?[Tt]ại\s/u.exec(lead);
  if (tai) {
    const comma = lead.indexOf(',', tai.index + tai[0].length);
    const place = v.within(clause.start + tai.index, clause.start + (comma < 0 ? lead.length : comma)).find((a) => a.place && a.kind !== 'Person');
    if (place?.place) return [place.place];
  }
  const host = personsIn(v, clause.start, at).pop();
  const home = host ? v.r.affiliations.get(host) : undefined;
  return home ? [home] : [];
}
