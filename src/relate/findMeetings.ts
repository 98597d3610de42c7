import type { Sentence } from '../types.js';
import type { ArticleView } from './internal/articleView.js';
import { bounded } from './internal/bounded.js';
import { clausesOf, type Clause } from './internal/clauses.js';
import type { Delegation } from './internal/delegations.js';
import { dateNear, personsIn } from './internal/refs.js';
import type { Found } from './internal/relation.js';
import { HYPOTHETICAL, MEET_RULES, NOT_MET, SUBORDINATE, type MeetRule } from './rules/meetRules.js';
import { execAll } from '../internal/execAll.js';

/** execAll needs global regexes; compiled once, not per clause. */
const GLOBAL_RULES: Array<[MeetRule, RegExp]> = MEET_RULES.map((r) => [r, new RegExp(r.match.source, r.match.flags.includes('g') ? r.match.flags : `${r.match.flags}g`)]);

/** MET edges between named people of the two sides of a reception, talks or working session. */
export function findMeetings(v: ArticleView, delegations: Delegation[]): Found[] {
  const out: Found[] = [];
  const guests = delegations.find((d) => d.leaders.length > 0)?.leaders ?? [];
  for (const sentence of v.sentences) {
    if (NOT_MET.test(sentence.text)) continue;
    let subject: string[] = [];
    let any = false;
    for (const clause of clausesOf(sentence)) {
      let hit = false;
      for (const [rule, re] of GLOBAL_RULES) {
        for (const m of execAll(re, clause.text)) {
          const at = clause.start + m.index!, after = at + m[0].length;
          if (HYPOTHETICAL.test(v.text.slice(clause.start, at))) continue;
          const sides = sidesOf(v, rule, clause, at, after, subject, delegations, guests);
          if (!sides) continue;
          if (sides[0].length) subject = sides[0];
          const date = dateNear(v, sentence.start, sentence.end, at);
          for (const p of pairs(sides[0], sides[1])) { out.push(met(p, date, sentence, rule.reason)); hit = true; }
        }
        // The specific shapes come first; once one has read the clause the general one must not re-read it.
        if (hit) break;
      }
      any ||= hit;
    }
    if (!any) out.push(...captionPair(v, sentence));
  }
  // "tiếp và làm việc với" triggers twice on one sentence: one fact per pair and sentence.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.source}|${f.target}|${f.sentence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return official(v, f.source, f.target);
  });
}

/**
 * Meetings worth a MET edge involve office holders (someone the article gives a title):
 * both sides, or one side receiving a foreign guest. Crime and family news ("ông Vinh
 * làm việc với …") stay out.
 */
function official(v: ArticleView, a: string, b: string): boolean {
  const x = v.entity(a), y = v.entity(b);
  const titled = (e: typeof x) => (e?.titles?.length ?? 0) > 0;
  if (titled(x) && titled(y)) return true;
  return (titled(x) || titled(y)) && !!x?.country && !!y?.country && x.country !== y.country;
}

function sidesOf(v: ArticleView, rule: MeetRule, clause: Clause, at: number, after: number, subject: string[],
  delegations: Delegation[], guests: string[]): [string[], string[]] | null {
  switch (rule.sides) {
    case 'hosts-of-delegation':
      return [personsIn(v, after, clause.end), guests];
    case 'fronted': {
      const comma = v.text.indexOf(', ', after);
      if (comma < 0 || comma > clause.end) return null;
      const d = delegations.find((x) => x.start >= after && x.start - after < 3);
      const objects = d ? d.leaders : personsIn(v, after, comma);
      const rest = personsIn(v, comma, clause.end);
      return [rest.slice(0, rest.length > 1 && /\svà\s/u.test(v.text.slice(comma, clause.end)) ? 2 : 1), objects];
    }
    case 'welcomed-by': {
      const guests = personsIn(v, clause.start, after);
      return guests.length ? [guests, personsIn(v, after, clause.sentence.end)] : null;
    }
    case 'pair': {
      const before = v.within(clause.start, at).filter((a) => a.kind === 'Person');
      const [a, b] = before.slice(-2);
      if (!a || !b || !/^\s*và\s+(?:\S+\s+){0,4}?$/u.test(v.text.slice(a.end, b.start)) || /[,;]/.test(v.text.slice(b.end, at))) return null;
      return [[a.id], [b.id]];
    }
    case 'subject-object': {
      // "hoan nghênh Tổng bí thư đã quyết tâm …": welcoming a bare title is praise, not a meeting.
      if (WELCOME.test(v.text.slice(at, after)) && !v.within(after, Math.min(after + 60, clause.end)).some((a) => a.kind === 'Person')) return null;
      const subj = personsIn(v, clause.start, at).slice(-1);
      const d = delegations.find((x) => x.start >= after && x.start - after < 3);
      const end = objectEnd(v, after, clause.end);
      const objects = d ? [...d.leaders, ...personsIn(v, after, end)] : personsIn(v, after, end);
      // "Đoàn đại biểu Đảng Dân tiến do ông X dẫn đầu đã đến chào xã giao ông Y": the delegation's leaders.
      const visitors = subj.length ? [] : delegations.filter((x) => x.start >= clause.start && x.end <= at).pop()?.leaders ?? [];
      return [subj.length ? subj : visitors.length ? visitors : clause.index > 0 ? subject : [], objects];
    }
  }
}

/** Where the people met end: at a subordinate clause ("…, một ngày sau khi ông sa thải Giám đốc FBI James Comey"). */
function objectEnd(v: ArticleView, after: number, end: number): number {
  const m = SUBORDINATE.exec(v.text.slice(after, end));
  return m ? after + m.index : end;
}

function* pairs(a: string[], b: string[]): Generator<[string, string]> {
  for (const x of a) for (const y of b) if (x !== y && !a.includes(y)) yield x < y ? [x, y] : [y, x];
}

function met([a, b]: [string, string], date: Found['date'], sentence: Sentence, rule: string): Found {
  return { type: 'MET', source: a, target: b, date, status: 'done', sentence, rule };
}

/** Verbs of welcoming: their object must be a person named right after them. */
const WELCOME = /chào mừng|hoan nghênh/u;

/** Words that make a sentence more than a caption ("đã", "là"…). */
const NOT_CAPTION = bounded('đã|sẽ|là|có');

/** A photo caption naming two people and nothing else: "Thủ tướng X và ông Y, Chủ tịch Tập đoàn Z." */
function captionPair(v: ArticleView, sentence: Sentence): Found[] {
  const persons = v.within(sentence.start, sentence.end).filter((a) => a.kind === 'Person');
  if (persons.length !== 2 || sentence.text.split(' ').length > 25) return [];
  const [a, b] = persons as [typeof persons[0], typeof persons[0]];
  if (a.id === b.id || !/^\s*và\s+(?:\S+\s+){0,2}?$/u.test(v.text.slice(a.end, b.start))) return [];
  if (!/^[^,;]*$/.test(v.text.slice(sentence.start, a.start)) || NOT_CAPTION.test(sentence.text)) return [];
  // A caption of two office holders, each named with a title there: "Thủ tướng X và ông Y, Chủ tịch Tập đoàn Z".
  const titled = (x: { start: number }) => v.r.recognized.persons.some((p) => p.start === x.start && p.title !== null && !p.partial);
  if (!titled(a) || !titled(b)) return [];
  return [met(a.id < b.id ? [a.id, b.id] : [b.id, a.id], null, sentence, 'meet.caption-pair')];
}
