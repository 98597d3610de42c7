import type { GazetteerEntry } from '../gazetteer.js';
import { COUNTRIES, isSurname } from './lexicons.js';
import type { NameWord } from './nameWords.js';
import { honorificBefore, phraseBefore, titleRightBefore, unitAfterOrg, type PersonCtx } from './personContext.js';
import { ASCII_HONORIFICS, KIN_HONORIFICS, PLACE_UNITS, RUN_HONORIFICS } from './personLexicons.js';
import { placeIndex } from './placeIndex.js';


const foreignProvince = (e: GazetteerEntry) => e.tier === 'major' && e.country !== 'VN' && e.country !== 'JP';
const key = (words: NameWord[]) => words.map((w) => w.folded).join(' ');

/**
 * Places named after an administrative noun in this article: "thành phố Saint Petersburg,"
 * teaches that "Saint Petersburg" opening "Thống đốc Saint Petersburg Georgy Pontavchenko"
 * is the place. One or two words, ended by punctuation or a lower-case word.
 */
export function articlePlaces(ctx: PersonCtx, runs: NameWord[][]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    // "Hội đồng tỉnh Kohara Katsuji": after an organization's unit word a person may follow.
    if (run.length <= 2 && phraseBefore(ctx, run[0]!.first, PLACE_UNITS) && !unitAfterOrg(ctx, run[0]!.first)) out.add(key(run));
  }
  return out;
}

/**
 * How many words at the front of a run are honorifics, places or countries, and whether an
 * honorific was among them. Honorifics and places come in either order in a headline run
 * into the body. A foreign province of the gazetteer is skipped only when two words stay for the name.
 */
export function skipLeadingPlaces(ctx: PersonCtx, run: NameWord[], local: Set<string>): { skip: number; honorific: boolean } {
  const ascii = run.every((w) => w.ascii);
  let s = 0;
  let honorific = false;
  // "ông Jordan Egstad": right after an honorific comes the name, so a country there may be a given name.
  let named = honorificBefore(ctx, run[0]!.first) ? 0 : -1;
  for (let before = -1; before !== s;) {
    before = s;
    while (s < run.length && (RUN_HONORIFICS.has(run[s]!.text) || (ascii && ASCII_HONORIFICS.has(run[s]!.text))
      || (KIN_HONORIFICS.has(run[s]!.text) && run[s + 1] !== undefined && isSurname(run[s + 1]!)))) { s++; honorific = true; named = s; }
    s = skipPlace(ctx, run, s, local, named === s);
  }
  return { skip: s, honorific };
}

function skipPlace(ctx: PersonCtx, run: NameWord[], s: number, local: Set<string>, named: boolean): number {
  if (s >= run.length) return s;
  let country = 0;
  for (let n = Math.min(COUNTRIES.maxWords, run.length - s); n >= 1 && !country; n--) {
    if (COUNTRIES.map.has(key(run.slice(s, s + n)))) country = n;
  }
  // After an honorific a country leaving less than a name behind is the given name itself.
  if (named && run.length - s - country < 2) country = 0;
  const loc = ctx.localities.find((l) => l.start === run[s]!.start);
  // A country longer than the place at its front wins: "Tây Ban Nha" is no "Tây" and a name.
  if (country && (!loc || run[s + country - 1]!.end > loc.end)) return s + country;
  if (loc) {
    let e = s;
    while (e < run.length && run[e]!.end <= loc.end) e++;
    // "Chủ tịch Hồ Chí Minh": a whole run that is a Vietnamese name, right after a title or an
    // honorific and without "thành phố"/"TP", is the person, not the city.
    const person = !loc.prefixed && e === run.length && e - s >= 3 && isSurname(run[s]!)
      && (titleRightBefore(ctx, run[s]!.first) !== undefined || honorificBefore(ctx, run[s]!.first));
    return person ? s : e;
  }
  // A capitalised administrative noun: "Tỉnh trưởng Tỉnh Phúc Kiến …".
  if (PLACE_UNITS.set.has(run[s]!.text.toLowerCase()) && !isSurname(run[s]!)) return s + 1;
  // "Thống đốc Saint Petersburg Pontavchenko": the article named the place after "thành phố".
  // A whole run that is such a place is no name either, unless it reads as a Vietnamese name
  // ("UBND tỉnh Trần Châu" also teaches "Trần Châu").
  for (let n = Math.min(2, run.length - s); n >= 1; n--) {
    if (local.has(key(run.slice(s, s + n))) && (s + n < run.length || !isSurname(run[s]!))) return s + n;
  }
  for (let n = Math.min(placeIndex().maxWords, run.length - s - 2); n >= 1; n--) {
    if (placeIndex().byKey.get(key(run.slice(s, s + n)))?.some(foreignProvince)) return s + n;
  }
  return s;
}
