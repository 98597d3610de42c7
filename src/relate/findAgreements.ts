import { loadGazetteer } from '../recognize/gazetteer.js';
import type { ArticleView, Arg } from './internal/articleView.js';
import { bounded } from './internal/bounded.js';
import { clausesOf } from './internal/clauses.js';
import { isParty, listAt, topLevel, withoutParents } from './internal/lists.js';
import type { Found } from './internal/relation.js';
import { AGREEMENT_RULES, BOTH_SIDES, NOT_YET, PARTNERS_LEAD, SIGNED_LATER } from './rules/agreementRules.js';
import { execAll } from '../internal/execAll.js';

const PAST = bounded('đã|vừa');
/** Between signatories and their verb: "A và B đã cùng ký kết". */
const SUBJECT_GAP = /^\s*(?:(?:đã|vừa|cùng|chính thức|cũng|đồng ý|tiến hành|lãnh đạo|đại diện|ký kết|ký|trao)\s+)*$/u;
/** Up to two words before the other side: "với các đối tác". */
/** "tại thủ đô Tokyo": a place named as the venue. */
const VENUE = /(?<![\p{L}])tại\s+(?:\S+\s+){0,2}$/u;
/** "Tỉnh đã ký kết … với X": the subject is the article's own place, left unnamed. */
const UNNAMED_SELF = /^\s*(?:[^,]*,\s*)?(?:[Tt]ỉnh|[Tt]hành phố|TP|[Đđ]ịa phương|UBND tỉnh|UBND thành phố)(?:\s+(?:đã|vừa|cũng|chính thức))*\s*$/u;
const SHORT_LEAD = /^\s*(?:\S+\s+){0,2}$/u;


/** AGREEMENT edges: two localities or organizations that signed or established a cooperation. */
export function findAgreements(v: ArticleView): Found[] {
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const sentence of v.sentences) {
    for (const clause of clausesOf(sentence)) {
      for (const rule of AGREEMENT_RULES) {
        for (const m of execAll(rule.match, clause.text)) {
          const at = clause.start + m.index!;
          const past = PAST.test(m[0]);
          if (!past && NOT_YET.test(v.text.slice(clause.start, at))) continue;
          // "Thỏa thuận hợp tác sẽ được ký kết giữa …": the document named first, its signing still to come.
          if (SIGNED_LATER.test(v.text.slice(at + m[0].length, clause.end))) continue;
          // A target year or a period ("giai đoạn 2021-2025") is no date of the agreement; a founding year is.
          const dates = v.dates.filter((d) => d.start >= clause.start && d.end <= clause.end && d.role !== 'target' && d.role !== 'period');
          for (const [x, y] of partiesOf(v, clause.start, clause.end, at, at + m[0].length)) {
            const [a, b] = x < y ? [x, y] : [y, x];
            for (const date of dates.length ? dates : [null]) {
              const key = `${a}|${b}|${date?.value.value ?? ''}`;
              if (seen.has(key)) continue;
              seen.add(key);
              out.push({ type: 'AGREEMENT', source: a, target: b, date, status: 'done', sentence, rule: rule.reason, extra: { kind: rule.kind } });
            }
          }
        }
      }
    }
  }
  return out;
}

const parentOf = (id: string) => loadGazetteer().byId.get(id)?.parent ?? null;

/** Every pair across two sides, or within one list of three or more signatories. */
function pairs(left: Arg[], right: Arg[] | null): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (x: Arg, y: Arg) => { if (!sameParty(x, y)) out.push([idOf(x), idOf(y)]); };
  if (right) for (const x of left) for (const y of right) add(x, y);
  else for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) add(left[i]!, left[j]!);
  return out;
}

/**
 * "giữa X và Y", "X, Y và Z đã ký", "X … đã thiết lập quan hệ với A, B và C",
 * or "hai địa phương" = the article's two places.
 */
function partiesOf(v: ArticleView, from: number, to: number, at: number, after: number): Array<[string, string]> {
  const args = topLevel(v.within(from, to)).filter((a) => a.kind !== 'Person');
  const text = v.text;
  for (const m of text.slice(from, to).matchAll(/(?<![\p{L}])giữa\s/gu)) {
    const start = from + m.index! + m[0].length;
    const left = withoutParents(listAt(v, start, to, { mixed: true }), parentOf);
    if (left.length === 0 || !isParty(left[0]!)) continue;
    const last = left[left.length - 1]!;
    const joint = /^\s*(?:\([^()]{0,120}\)\s*)?(?:,\s*)?(?:và|với)\s+/u.exec(text.slice(last.end, to));
    let right: Arg[] = [];
    if (joint) {
      const start = last.end + joint[0].length;
      const lead = PARTNERS_LEAD.exec(text.slice(start, to));
      right = withoutParents(listAt(v, lead ? start + lead[0].length : start, to, { lead: SHORT_LEAD, mixed: true }), parentOf);
    }
    const found = right.length ? pairs(left, right) : left.length >= 2 ? pairs(left, null) : [];
    if (found.length) return found;
  }
  const withAt = text.slice(after, to).search(/(?<![\p{L}])với\s/u);
  if (withAt >= 0 && withAt < 80) {
    let start = after + withAt + 4;
    const lead = PARTNERS_LEAD.exec(text.slice(start, to));
    if (lead) start += lead[0].length;
    const partners = withoutParents(listAt(v, start, to), parentOf);
    if (partners.length) {
      // The venue of the signing ("tại thủ đô Tokyo") is no party to it.
      const x = args.filter((a) => a.end <= at && isParty(a) && !VENUE.test(text.slice(Math.max(from, a.start - 30), a.start)) && !partners.some((p) => sameParty(a, p))).pop();
      const self = x ? [x] : UNNAMED_SELF.test(text.slice(from, at)) ? selfArg(v) : [];
      const found = pairs(self, partners);
      if (found.length) return found;
    }
  }
  // "X, Y và Z đã ký": a list of parties in the clause.
  for (const x of args) {
    if (!isParty(x)) continue;
    // "…, bao gồm: Hiệp hội X, Diễn đàn Y và Hiệp hội Z": items of a list are not the parties.
    if (text.slice(from, x.start).includes(':')) continue;
    const list = withoutParents(listAt(v, x.start, to, { mixed: true }), parentOf);
    if (list.length < 2) continue;
    const end = list[list.length - 1]!.end;
    // The list is the subject of the signing: right before the verb, or fronted by "Từ khi thiết lập …,".
    const subject = end <= at ? SUBJECT_GAP.test(text.slice(end, at)) : x.start >= after && x.start - after < 120 && /^[^;]*,\s*(?:\S+\s+){0,2}$/u.test(text.slice(after, x.start));
    if (subject) return pairs(list, null);
  }
  const { vn, foreign } = v.r.dominant;
  if (vn && foreign && BOTH_SIDES.test(text.slice(from, to)) && nearBoth(v, from, to, vn, foreign)) return [[vn, foreign]];
  return [];
}

/** "hai bên" stands for the two places only where both were just named: this sentence or the one before. */
function nearBoth(v: ArticleView, from: number, to: number, a: string, b: string): boolean {
  const k = v.sentences.findIndex((s) => s.start <= from && from < s.end);
  const start = v.sentences[Math.max(0, k - 1)]?.start ?? from;
  const ids = new Set(v.within(start, to).map((x) => x.place));
  return ids.has(a) && ids.has(b);
}

/** The article's own Vietnamese place, as an argument. */
function selfArg(v: ArticleView): Arg[] {
  const id = v.r.dominant.vn;
  return id ? [{ kind: 'Locality', id, start: -1, end: -1, place: id, level: null }] : [];
}

const idOf = (a: Arg) => a.id;
/** A locality's own government body ("UBND tỉnh X") stands for the locality: X cannot agree with it. */
const standsFor = (a: Arg) => (a.kind === 'Organization' && a.level === 'government' && a.place ? a.place : a.id);
const sameParty = (a: Arg, b: Arg) => standsFor(a) === standsFor(b);
