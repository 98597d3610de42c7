import type { PersonMention } from '../../types.js';
import { COUNTRIES, TITLES } from './lexicons.js';
import type { NameWord } from './nameWords.js';
import { phraseBefore, phraseEndingAt, type PersonCtx } from './personContext.js';
import { EPITHETS, RUN_HONORIFICS, STAGE_CUES } from './personLexicons.js';

const person = (text: string, start: number, end: number, name: string, reason: string, country: string | null): PersonMention => ({
  type: 'Person', start, end, text: text.slice(start, end), name, reason,
  title: null, level: null, affiliation: null, unnamedUnit: null, country,
});

/** A stage or pen name has two or three syllables and holds no title word. */
const stageName = (run: NameWord[]) => run.length >= 2 && run.length <= 3 && !RUN_HONORIFICS.has(run[0]!.text)
  && run.every((w) => !w.hyphenated && !w.initial && !TITLES.map.has(w.folded));

/** Up to three lower-case words and a colon between an occupation and its names ("các nghệ sỹ nổi tiếng: …"). */
const LEAD_IN = /^(?:\s+\p{Ll}+){0,3}\s*:?\s*$/u;
/** What joins the names of a list: a comma, "và", or another occupation ("…, NSƯT Thùy Linh"). */
const LIST_JOIN = /^\s*(?:,|và)\s*$/u;

/**
 * Stage names after an occupation: "ca sĩ Mỹ Linh", "NSND Trọng Tấn", and the list after a
 * plural cue: "các nghệ sỹ: Mỹ Linh, Mỹ Tâm và Trọng Tấn". Such names need no surname.
 */
export function findStageNames(ctx: PersonCtx, runs: NameWord[][]): PersonMention[] {
  const { text } = ctx;
  const out: PersonMention[] = [];
  let listEnd = -1;
  for (const whole of runs) {
    const run = withoutNationality(whole);
    const first = run[0]!;
    const cued = phraseBefore(ctx, whole[0]!.first, STAGE_CUES);
    const lead = !cued && cueBefore(ctx, whole[0]!);
    const listed = listEnd >= 0 && LIST_JOIN.test(text.slice(listEnd, whole[0]!.start));
    // "Hoa hậu Việt Nam", "nghệ sĩ Hà Nội": a country or a place after the occupation is no name.
    const place = () => COUNTRIES.map.has(run.map((w) => w.folded).join(' '))
      || ctx.localities.some((l) => l.start < run[run.length - 1]!.end && first.start < l.end);
    if (!(cued || lead || listed) || !stageName(run) || place()) { listEnd = -1; continue; }
    const last = run[run.length - 1]!;
    out.push(person(text, first.start, last.end, text.slice(first.start, last.end), 'person.stage-name', null));
    listEnd = last.end;
  }
  return out;
}

/** "nhà văn Pháp Charles Perrault": a country before a foreign name says the person's nationality. */
function withoutNationality(run: NameWord[]): NameWord[] {
  for (let n = Math.min(COUNTRIES.maxWords, run.length - 1); n >= 1; n--) {
    const rest = run.slice(n);
    // "ca sĩ Mỹ Linh" is a stage name: only a foreign name of two words or more loses the country.
    if (rest.length >= 2 && rest.every((w) => w.ascii) && COUNTRIES.map.has(run.slice(0, n).map((w) => w.folded).join(' '))) return rest;
  }
  return run;
}

/** An occupation, a few lower-case words and a colon before the run ("nghệ sỹ nổi tiếng: Mỹ Linh"). */
function cueBefore(ctx: PersonCtx, first: NameWord): boolean {
  const { text, tokens } = ctx;
  if (!text.slice(Math.max(0, first.start - 40), first.start).includes(':')) return false;
  for (let k = first.first - 1; k >= Math.max(0, first.first - 4); k--) {
    const between = text.slice(tokens[k]!.end, first.start);
    if (!LEAD_IN.test(between)) return false;
    if (between.includes(':') && phraseEndingAt(ctx, k, STAGE_CUES)) return true;
  }
  return false;
}

/** Fixed epithets of historic persons: "Bác Hồ" is Hồ Chí Minh. */
export function findEpithets(ctx: PersonCtx): PersonMention[] {
  const out: PersonMention[] = [];
  for (const e of EPITHETS) {
    for (let at = ctx.text.indexOf(e.written); at >= 0; at = ctx.text.indexOf(e.written, at + 1)) {
      const end = at + e.written.length;
      if (/[\p{L}\p{N}]/u.test(ctx.text[end] ?? '') || /[\p{L}\p{N}]/u.test(ctx.text[at - 1] ?? '')) continue;
      out.push(person(ctx.text, at, end, e.name, 'person.epithet', e.country));
    }
  }
  return out;
}
