import type { CountryCode, PersonMention } from '../../types.js';
import type { TitleMention } from '../findTitles.js';
import { nameKey } from './fold.js';
import { COUNTRIES } from './lexicons.js';
import type { PersonCtx } from './personContext.js';

const UNITS = ['tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'thị xã', 'phủ'];

export interface TitleInfo {
  title: string;
  level: PersonMention['level'];
  affiliation: string | null;
  unnamedUnit: string | null;
  country: CountryCode | null;
  adjacent: boolean;
}

/** ", nước Cộng hòa …" or ", Nhật Bản," between a title's place and the name. */
const COUNTRY_APPOSITION = /,\s*nước\s+[^,.;:]{2,60}?(?=\s*,?\s*(?:ông|bà|ngài|Ngài|Ông|Bà)?\s*$)/u;

/** Verbs that end a title phrase before a name ("Thủ tướng tiếp …", "Thống đốc đã gặp …"). */
const VERB_BETWEEN = /(?<![\p{L}])(?:tiếp|đón|gặp|hội kiến|hội đàm|làm việc|thăm|chào|dự|là|đã|sẽ|cho biết|khẳng định)(?![\p{L}])/u;

/** The title phrase ending right before the name, within the same clause. */
export function titleBefore(ctx: PersonCtx, s: number, found: PersonMention[]): TitleInfo | null {
  const { text, tokens, titles } = ctx;
  const start = tokens[s]!.start;
  let t: TitleMention | undefined;
  for (let k = titles.length - 1; k >= 0; k--) if (titles[k]!.end <= start) { t = titles[k]; break; }
  if (!t || s - t.last > 16) return null;
  // "Chủ tịch UBND Hà Nội Nguyễn Đức Chung tiếp ngài Park Won Soon": the title went to the first name.
  if (found.some((p) => p.start >= t!.end)) return null;
  // "Tỉnh trưởng tỉnh Khăm Muộn, nước Cộng hòa Dân chủ Nhân dân Lào ông X": the country in apposition is part of the phrase.
  const between = text.slice(t.end, start).replace(COUNTRY_APPOSITION, ' ');
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
export function titleAfter(ctx: PersonCtx, end: number): TitleInfo | null {
  const m = /^\s*(?:,|-|–|\()\s*/.exec(ctx.text.slice(end, end + 4));
  if (!m) return null;
  const t = ctx.titles.find((x) => x.start === end + m[0].length);
  if (!t) return null;
  const stop = /[,.;:()]| và /.exec(ctx.text.slice(t.end));
  const phraseEnd = stop ? t.end + stop.index : ctx.text.length;
  return describe(ctx, ctx.text.slice(t.start, phraseEnd).trim(), t, t.end, phraseEnd, true);
}

function describe(ctx: PersonCtx, phrase: string, t: TitleMention, from: number, to: number, adjacent: boolean): TitleInfo {
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
