import type { CountryCode, LocalityMention, PersonMention, Sentence } from '../types.js';
import type { TitleMention } from './findTitles.js';
import { nameKey } from './internal/fold.js';
import { COUNTRIES, HONORIFICS, ORG_HEADS, TITLES, isSurname } from './internal/lexicons.js';
import { placeIndex } from './internal/placeIndex.js';
import { isRomaji } from './internal/romaji.js';
import type { Token } from './internal/tokenize.js';

const UNITS = ['tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'thị xã', 'phủ'];
const nameWord = (t: Token) => t.cap && !t.upper && !/^\d/.test(t.text);

interface Ctx {
  text: string;
  tokens: Token[];
  titles: TitleMention[];
  localities: LocalityMention[];
  sentences: Sentence[];
}

/**
 * Persons: Vietnamese names (a known surname + 1–3 syllables) anywhere, and romanized
 * foreign names (either order) after a title or honorific, or followed by ", <title>".
 * Leading places and countries in a run of capitals are not part of the name:
 * "Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi" → Nguyễn Văn Lợi.
 */
export function findPersons(ctx: Ctx): PersonMention[] {
  const { text, tokens } = ctx;
  const out: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && nameWord(tokens[j]!) && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ' ') j++;
    const m = personInRun(ctx, i, j, out);
    if (m) out.push(m);
    i = j;
  }
  return withPartials(ctx, out);
}

function personInRun(ctx: Ctx, a: number, b: number, found: PersonMention[]): PersonMention | null {
  const { text, tokens } = ctx;
  let s = a;
  let honorific = a > 0 && HONORIFICS.has(tokens[a - 1]!.folded) && text.slice(tokens[a - 1]!.end, tokens[a]!.start) === ' ';
  // Honorifics and places can come in either order: "Trung Quốc Ông Jack Ma" in a headline.
  for (let before = -1; before !== s;) {
    before = s;
    while (s < b && HONORIFICS.has(tokens[s]!.folded)) { s++; honorific = true; }
    s = skipPlaces(ctx, s, b);
  }
  while (s < b - 2 && ORG_HEADS.map.has(tokens[s]!.folded) && tokens.slice(s + 1, b).every((t) => t.ascii)) s++;
  if (b - s < 2) return null;
  const words = tokens.slice(s, b);
  const vietnamese = isSurname(words[0]!) && words.some((w) => !w.ascii) && words.length <= 4;
  const foreign = words.every((w) => w.ascii) && words.length <= 4;
  if (!vietnamese && !foreign) return null;
  if (words.some((w) => TITLES.map.has(w.folded)) || containsCountry(words)) return null;
  if (ctx.titles.some((t) => t.end > words[0]!.start && t.start < words[words.length - 1]!.end)) return null;
  const start = words[0]!.start, end = words[words.length - 1]!.end;
  const name = text.slice(start, end);
  const before = titleBefore(ctx, s, found);
  const after = before ? null : titleAfter(ctx, end);
  const title = before ?? after;
  const isPlace = placeIndex().byKey.has(nameKey(name));
  const supported = honorific || title !== null;
  if (vietnamese ? isPlace && !(honorific || (before && before.adjacent)) : !supported) return null;
  // Two capitalized syllables after a surname-like word are often a phrase ("Đoàn Cấp cao"): a
  // two-syllable name needs a title or an honorific; three or four syllables stand on their own.
  if (vietnamese && words.length === 2 && !supported) return null;
  const romaji = foreign && words.every((w) => isRomaji(w.text));
  const country = title?.country ?? (vietnamese ? 'VN' : romaji ? 'JP' : null);
  return {
    type: 'Person', start, end, text: name, name,
    reason: vietnamese ? (supported ? 'person.vn-titled' : 'person.vn-surname') : title ? 'person.foreign-titled' : 'person.foreign-honorific',
    title: title?.title ?? null, level: title?.level ?? null,
    affiliation: title?.affiliation ?? null, unnamedUnit: title?.unnamedUnit ?? null, country,
  };
}

/**
 * A country of two or more words inside the run ("Hàn Quốc"). One-word countries are also
 * common name syllables ("Đức", "Anh"), so alone they do not stop a name.
 */
function containsCountry(words: Token[]): boolean {
  for (let n = 2; n <= Math.min(COUNTRIES.maxWords, words.length); n++) {
    for (let k = 0; k + n <= words.length; k++) {
      if (COUNTRIES.map.has(words.slice(k, k + n).map((w) => w.folded).join(' '))) return true;
    }
  }
  return false;
}

/** Skips places and countries that open a run of capitals. */
function skipPlaces(ctx: Ctx, s: number, b: number): number {
  const { tokens, localities } = ctx;
  while (s < b) {
    const loc = localities.find((l) => l.start === tokens[s]!.start);
    if (loc) {
      while (s < b && tokens[s]!.end <= loc.end) s++;
      continue;
    }
    let skipped = false;
    for (let n = Math.min(COUNTRIES.maxWords, b - s); n >= 1 && !skipped; n--) {
      if (COUNTRIES.map.has(tokens.slice(s, s + n).map((t) => t.folded).join(' '))) { s += n; skipped = true; }
    }
    if (!skipped) return s;
  }
  return s;
}

interface TitleInfo {
  title: string;
  level: PersonMention['level'];
  affiliation: string | null;
  unnamedUnit: string | null;
  country: CountryCode | null;
  adjacent: boolean;
}

/** Verbs that end a title phrase before a name ("Thủ tướng tiếp …", "Thống đốc đã gặp …"). */
const VERB_BETWEEN = /(?<![\p{L}])(?:tiếp|đón|gặp|hội kiến|hội đàm|làm việc|thăm|chào|dự|là|đã|sẽ|cho biết|khẳng định)(?![\p{L}])/u;

/** The title phrase ending right before the name, within the same clause. */
function titleBefore(ctx: Ctx, s: number, found: PersonMention[]): TitleInfo | null {
  const { text, tokens, titles } = ctx;
  const start = tokens[s]!.start;
  let t: TitleMention | undefined;
  for (let k = titles.length - 1; k >= 0; k--) if (titles[k]!.end <= start) { t = titles[k]; break; }
  if (!t || s - t.last > 16) return null;
  // "Chủ tịch UBND Hà Nội Nguyễn Đức Chung tiếp ngài Park Won Soon": the title went to the first name.
  if (found.some((p) => p.start >= t!.end)) return null;
  const between = text.slice(t.end, start);
  if (/[.;:!?“”"]/.test(between) || /,(?!\s*(?:ông|bà|ngài|Ngài|Ông|Bà)\s*$)/.test(between)) return null;
  // "Thủ tướng Nguyễn Xuân Phúc và Đoàn Cấp cao…": a title does not reach past another name and "và".
  if (/\svà\s/u.test(between)) return null;
  // "Thủ tướng tiếp Ngài Ryu Shionoya": a verb ends the title's phrase; the name is someone else.
  if (VERB_BETWEEN.test(between)) return null;
  // Tokens after the title belong to it ("Thống đốc tỉnh Fukuoka"), not to an earlier name.
  const phrase = text.slice(t.start, start).replace(/[\s,–-]*(?:ông|bà|ngài|đồng chí)?\s*$/i, '').trim();
  return describe(ctx, phrase, t, t.end, start, s - t.last <= 1);
}

/** "ông Takeshi Kishimoto - Thị trưởng thành phố Kinokawa", "Yuji Kuroiwa, Thống đốc tỉnh Kanagawa". */
function titleAfter(ctx: Ctx, end: number): TitleInfo | null {
  const m = /^\s*(?:,|-|–|\()\s*/.exec(ctx.text.slice(end, end + 4));
  if (!m) return null;
  const t = ctx.titles.find((x) => x.start === end + m[0].length);
  if (!t) return null;
  const stop = /[,.;:()]| và /.exec(ctx.text.slice(t.end));
  const phraseEnd = stop ? t.end + stop.index : ctx.text.length;
  return describe(ctx, ctx.text.slice(t.start, phraseEnd).trim(), t, t.end, phraseEnd, true);
}

function describe(ctx: Ctx, phrase: string, t: TitleMention, from: number, to: number, adjacent: boolean): TitleInfo {
  const locs = ctx.localities.filter((l) => l.start >= from && l.end <= to);
  const loc = locs[locs.length - 1] ?? null;
  const words = nameKey(phrase).split(' ');
  const lastWord = words[words.length - 1] ?? '';
  const unnamedUnit = !loc && UNITS.some((u) => nameKey(u) === lastWord || phrase.toLowerCase().endsWith(u)) ? lastWord : null;
  let country: CountryCode | null = loc?.country ?? null;
  for (let k = 0; k < words.length && !country; k++) {
    country = COUNTRIES.map.get(words.slice(k, k + 2).join(' ')) ?? COUNTRIES.map.get(words[k]!) ?? null;
  }
  return { title: phrase, level: t.level, affiliation: loc?.id ?? null, unnamedUnit, country, adjacent };
}

/** "ông Abe", "Thống đốc Hiroshi": one word after an honorific or title that belongs to a name seen earlier. */
function withPartials(ctx: Ctx, full: PersonMention[]): PersonMention[] {
  const { text, tokens } = ctx;
  const out = [...full];
  const covered = (p: number) => full.some((m) => p >= m.start && p < m.end);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nameWord(t) || covered(t.start)) continue;
    const prev = tokens[i - 1]!;
    const cue = HONORIFICS.has(prev.folded) || ctx.titles.some((x) => x.end === prev.end);
    if (!cue || text.slice(prev.end, t.start) !== ' ') continue;
    if (tokens[i + 1] && nameWord(tokens[i + 1]!) && text.slice(t.end, tokens[i + 1]!.start) === ' ') continue;
    const owner = full.find((m) => m.end <= t.start && nameKey(m.name).split(' ').includes(t.folded));
    if (!owner) continue;
    out.push({ ...owner, start: t.start, end: t.end, text: t.text, reason: 'person.partial', partial: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
