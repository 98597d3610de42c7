import type { ArticleView, Arg } from './internal/articleView.js';
import { clausesOf } from './internal/clauses.js';
import type { Found } from './internal/relation.js';
import { bounded } from './internal/bounded.js';
import { AGREEMENT_RULES, BOTH_SIDES, NOT_YET } from './rules/agreementRules.js';

const PAST = bounded('đã|vừa');

const isParty = (a: Arg) => (a.kind === 'Locality' || a.kind === 'Organization') && !a.id.startsWith('locality:masked');

/** AGREEMENT edges: two localities or organizations that signed or established a cooperation. */
export function findAgreements(v: ArticleView): Found[] {
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const sentence of v.sentences) {
    for (const clause of clausesOf(sentence)) {
      for (const rule of AGREEMENT_RULES) {
        for (const m of clause.text.matchAll(rule.match)) {
          const at = clause.start + m.index!;
          const past = PAST.test(m[0]);
          if (!past && NOT_YET.test(v.text.slice(clause.start, at))) continue;
          const parties = partiesOf(v, clause.start, clause.end, at + m[0].length);
          if (!parties) continue;
          const [a, b] = parties[0] < parties[1] ? parties : [parties[1], parties[0]];
          const dates = v.dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
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
  return out;
}

/** "giữa X và Y", "X và Y", "… đã thiết lập với Y", or "hai địa phương" = the article's two places. */
function partiesOf(v: ArticleView, from: number, to: number, after: number): [string, string] | null {
  const args = topLevel(v.within(from, to)).filter((a) => a.kind !== 'Person');
  const text = v.text;
  const between = /giữa\s/gu;
  between.lastIndex = from;
  for (let m = between.exec(text); m && m.index < to; m = between.exec(text)) {
    const x = args.find((a) => a.start >= m!.index + m![0].length && a.start - (m!.index + m![0].length) < 20);
    if (!x || !isParty(x)) continue;
    const y = args.find((a) => a.start > x.end && /^\s*(?:,\s*)?(?:và|với)\s+(?:\S+\s+){0,2}$/u.test(text.slice(x.end, a.start)));
    if (y && isParty(y) && !sameParty(x, y)) return [idOf(x), idOf(y)];
  }
  for (let k = 0; k + 1 < args.length; k++) {
    const x = args[k]!, y = args[k + 1]!;
    if (!isParty(x) || !isParty(y) || x.kind !== y.kind || sameParty(x, y)) continue;
    // "…, bao gồm: Hiệp hội X, Diễn đàn Y và Hiệp hội Z": items of a list are not the parties.
    if (text.slice(from, x.start).includes(':')) continue;
    if (/^\s*(?:và|với|-|–)\s+(?:(?:tỉnh|thành phố|Thành phố|TP|phủ|các thành phố)\s+)?$/u.test(text.slice(x.end, y.start))) return [idOf(x), idOf(y)];
  }
  const withY = args.find((a) => a.start >= after && /^\s*với\s+(?:(?:tỉnh|thành phố|TP|phủ)\s+)?$/u.test(text.slice(after, a.start)));
  if (withY && isParty(withY)) {
    const x = args.find((a) => a.end <= after && isParty(a) && !sameParty(a, withY));
    const self = x ? idOf(x) : v.r.dominant.vn;
    if (self && self !== standsFor(withY)) return [self, idOf(withY)];
  }
  if (BOTH_SIDES.test(text.slice(from, to)) && v.r.dominant.vn && v.r.dominant.foreign) return [v.r.dominant.vn, v.r.dominant.foreign];
  return null;
}

const idOf = (a: Arg) => a.id;
/** A locality's own government body ("UBND tỉnh X") stands for the locality: X cannot agree with it. */
const standsFor = (a: Arg) => (a.kind === 'Organization' && a.level === 'government' && a.place ? a.place : a.id);
const sameParty = (a: Arg, b: Arg) => standsFor(a) === standsFor(b);

/** Drops arguments nested in a larger one (the place inside "UBND huyện Mê Linh"). */
function topLevel(args: Arg[]): Arg[] {
  return args.filter((a) => !args.some((b) => b !== a && b.start <= a.start && b.end >= a.end && (b.end - b.start) > (a.end - a.start)));
}
