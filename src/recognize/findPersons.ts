import type { PersonMention } from '../types.js';
import { nameKey } from './internal/fold.js';
import { articlePlaces, skipLeadingPlaces } from './internal/leadingPlaces.js';
import { COUNTRIES, ORG_HEADS, TITLES } from './internal/lexicons.js';
import { isNameBreak } from './internal/nameBreaks.js';
import { matchName, type NamePattern } from './internal/namePatterns.js';
import { nameRuns, type NameWord } from './internal/nameWords.js';
import { honorificBefore, phraseBefore, titleStartsAt, unitAfterOrg, type PersonCtx } from './internal/personContext.js';
import { isCanChiYear, isKoreanSurname, NAMED_AFTER, ORG_NAME_WORDS, PLACE_UNITS, RUN_HONORIFICS } from './internal/personLexicons.js';
import { withPartials } from './internal/personPartials.js';
import { titleAfter, titleBefore } from './internal/personTitle.js';
import { placeIndex } from './internal/placeIndex.js';
import { findEpithets, findStageNames } from './internal/stageNames.js';

/**
 * Persons: runs of capitalised words that match a name pattern (Vietnamese, Chinese in
 * Sino-Vietnamese reading, Western with initials, Korean, romanized, Vietnamese phonetic
 * spelling), cut at function words, with honorifics and leading places and countries removed:
 * "Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi" → Nguyễn Văn Lợi. Stage names after an occupation
 * and fixed epithets ("Bác Hồ") are persons too. Names of streets, schools and prizes are not.
 */
export function findPersons(ctx: PersonCtx): PersonMention[] {
  const runs = nameRuns(ctx.text, ctx.tokens).flatMap((run) => splitAtBreaks(ctx, run));
  const cued = [...findEpithets(ctx), ...findStageNames(ctx, runs)];
  const local = articlePlaces(ctx, runs);
  const found: PersonMention[] = [];
  for (const run of runs) {
    const runEnd = run[run.length - 1]!.end;
    if (cued.some((p) => run[0]!.start < p.end && p.start < runEnd)) continue;
    const m = personInRun(ctx, run, found, local);
    if (m) found.push(m);
  }
  return withPartials(ctx, [...cued, ...found].sort((a, b) => a.start - b.start));
}

/**
 * Cuts a run at function words and sentence openers, where a title or a written honorific
 * begins ("Ảnh Trí Kiên Ông Lê Ngọc Quang" from a caption run into the body), and after a
 * year of the sexagenary cycle ("Xuân Đinh Dậu").
 */
function splitAtBreaks(ctx: PersonCtx, run: NameWord[]): NameWord[][] {
  const parts: NameWord[][] = [];
  let cur: NameWord[] = [];
  for (let k = 0; k < run.length; k++) {
    const w = run[k]!;
    if (isNameBreak(w, ctx.text)) { if (cur.length) parts.push(cur); cur = []; continue; }
    if (run[k + 1] && isCanChiYear(w, run[k + 1]!)) { if (cur.length) parts.push(cur); cur = []; k++; continue; }
    const opens = titleStartsAt(ctx, w.start) || RUN_HONORIFICS.has(w.text);
    if (opens && cur.length) { parts.push(cur); cur = []; }
    cur.push(w);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

function personInRun(ctx: PersonCtx, whole: NameWord[], found: PersonMention[], local: Set<string>): PersonMention | null {
  const { text } = ctx;
  let run = whole;
  const afterUnit = phraseBefore(ctx, run[0]!.first, PLACE_UNITS);
  if (inAddress(ctx, run)) return null;
  // "đường Lý Thường Kiệt", "trường Phan Bội Châu", "Trường THPT Hồ Chí Minh" name places and
  // works; "thành phố" ends in "phố" but names a city.
  if (!afterUnit && phraseBefore(ctx, run[0]!.first, NAMED_AFTER)) return null;
  // The capitalised tail of a title ("nhà Vua Tây Ban Nha") is no part of what follows.
  while (run.length > 0 && ctx.titles.some((t) => t.start < run[0]!.start && run[0]!.end <= t.end)) run = run.slice(1);
  if (run.length < 2) return null;
  const lead = skipLeadingPlaces(ctx, run, local);
  let words = run.slice(lead.skip);
  const honorific = lead.honorific || honorificBefore(ctx, run[0]!.first);
  while (words.length > 2 && ORG_HEADS.map.has(words[0]!.folded) && words.slice(1).every((w) => w.ascii)) words = words.slice(1);
  // A company or league opening the run: "Chủ tịch La Liga Javier Tebas" → Javier Tebas.
  for (let k = words.length - 1; k >= 0; k--) if (ORG_NAME_WORDS.has(words[k]!.folded)) { words = words.slice(k + 1); break; }
  if (words.length < 2) return null;
  // At the front of a sentence the noun is capitalised: "Đường Lý Thường Kiệt", "Trường Phan Bội Châu".
  if (words.length >= 3 && NAMED_AFTER.set.has(words[0]!.text.toLowerCase()) && matchName(words.slice(1))) return null;
  let pattern = matchName(words);
  // A place named right after "bang", "thành phố"… opens the run: "bang Virginia Terry McAuliffe";
  // the name is two words, three for a Korean surname ("thành phố Seoul Park Won Soon").
  if (pattern?.reason === 'person.foreign' && afterUnit && lead.skip === 0 && words.length >= 3) words = foreignNameAtEnd(words);
  // The name of a foreign place right after "bang", "tỉnh"…: "Thủ hiến bang Rai-lan Phan-xờ"; but
  // after "Hội đồng tỉnh", "UBND thành phố" the place goes unnamed and a name follows.
  if (pattern && pattern.reason !== 'person.vn' && afterUnit && run.length <= 2 && !honorific && !unitAfterOrg(ctx, run[0]!.first)) return null;
  let fromTail = false;
  if (!pattern) {
    const tail = nameAtEnd(words, afterUnit);
    if (!tail) return null;
    ({ words, pattern } = tail);
    fromTail = true;
  }
  if (words.some((w) => TITLES.map.has(w.folded)) || containsCountry(words)) return null;
  const start = words[0]!.start, end = words[words.length - 1]!.end;
  if (ctx.titles.some((t) => t.end > start && t.start < end)) return null;
  const name = text.slice(start, end);
  const before = titleBefore(ctx, words[0]!.first, found);
  const after = before ? null : titleAfter(ctx, end);
  const title = before ?? after;
  const supported = honorific || title !== null;
  if ((fromTail || pattern!.needsSupport(words)) && !supported) return null;
  // A Vietnamese name that is also a place ("Thái Bình") is a person only after a title or an honorific.
  const vietnamese = pattern!.reason === 'person.vn' || pattern!.reason === 'person.cn-sino-vietnamese';
  if (vietnamese && placeIndex().byKey.has(nameKey(name)) && !(honorific || before?.adjacent)) return null;
  // Four words ending in a province are a company's name ("Hoàng Anh Gia Lai") unless a title says otherwise.
  if (vietnamese && words.length === 4 && !supported
    && placeIndex().byKey.get(nameKey(text.slice(words[2]!.start, end)))?.some((e) => e.tier === 'major')) return null;
  return {
    type: 'Person', start, end, text: name, name,
    reason: `${pattern!.reason}${title ? '-titled' : honorific ? '-honorific' : ''}`,
    title: title?.title ?? null, level: title?.level ?? null,
    affiliation: title?.affiliation ?? null, unnamedUnit: title?.unnamedUnit ?? null,
    country: title?.country ?? pattern!.country(words),
  };
}

/**
 * The name at the end of a run whose front is an office, organization or place the title
 * names: "Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "Phó tỉnh trưởng Phúc Kiến Lý Đức Kim",
 * "bang Tây Bengal Geetesh Sharma". The title or honorific check follows in the caller.
 */
const MIDDLE_NAMES = new Set(['Thị', 'Văn']);

function nameAtEnd(words: NameWord[], afterUnit: boolean): { words: NameWord[]; pattern: NamePattern } | null {
  for (let p = 1; p <= words.length - 2; p++) {
    const tail = words.slice(p);
    // "Dư Thị Phương Thảo": after a middle name the run is one name, not a prefix and a name.
    if (tail.length > 4 || MIDDLE_NAMES.has(words[p - 1]!.text)) continue;
    const pattern = matchName(tail);
    if (!pattern || pattern.reason === 'person.transcribed') continue;
    if (pattern.reason === 'person.foreign' && words.slice(0, p).every((w) => w.ascii)) continue;
    if (pattern.reason === 'person.foreign' && afterUnit && tail.length > 2) continue;
    return { words: tail, pattern };
  }
  return null;
}

/** A street in an address: "số 333D, Nguyễn Minh Thiện, khóm 1", "12 Lý Thường Kiệt, phường …". */
const HOUSE_NUMBER = /(?:^|\s)(?:số\s+\d+[A-Za-z]?|\d+[A-Za-z])(?:\/\d+)?,?\s$/u;
const ADDRESS_NEXT = /^,\s*(?:phường|quận|huyện|xã|khóm|ấp|thôn|tổ|khu phố|P\.|Q\.)\s/u;
function inAddress(ctx: PersonCtx, run: NameWord[]): boolean {
  const start = run[0]!.start, end = run[run.length - 1]!.end;
  return HOUSE_NUMBER.test(ctx.text.slice(Math.max(0, start - 16), start)) || ADDRESS_NEXT.test(ctx.text.slice(end, end + 16));
}

function foreignNameAtEnd(words: NameWord[]): NameWord[] {
  const three = words.length >= 4 && isKoreanSurname(words[words.length - 3]!);
  return words.slice(three ? -3 : -2);
}

/**
 * A country of two or more words inside the run ("Hàn Quốc"). One-word countries are also
 * common name syllables ("Đức", "Anh"), so alone they do not stop a name.
 */
function containsCountry(words: NameWord[]): boolean {
  for (let n = 2; n <= Math.min(COUNTRIES.maxWords, words.length); n++) {
    for (let k = 0; k + n <= words.length; k++) {
      if (COUNTRIES.map.has(words.slice(k, k + n).map((w) => w.folded).join(' '))) return true;
    }
  }
  return false;
}
