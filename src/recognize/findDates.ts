import type { DateMention, DateValue } from '../types.js';

interface DateRule {
  match: RegExp;
  reason: string;
  read: (m: RegExpMatchArray) => { d?: string; mo?: string; y?: string; years?: string[] } | null;
}

const CONTEXT = String.raw`(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|và|mai,|nay,|qua,)\s+`;

// Order matters: longer forms first; a later rule never overlaps an earlier match.
const RULES: DateRule[] = [
  // "ngày 12 tháng 3 năm 2020"
  { reason: 'date.words', match: /ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/giu, read: (m) => ({ d: m[1], mo: m[2], y: m[3] }) },
  // "từ ngày 10-12/11", "7-16/5/2017" — a range is given by its first day
  { reason: 'date.range', match: /(?<!\d)(\d{1,2})\s*[-–]\s*\d{1,2}\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu, read: (m) => ({ d: m[1], mo: m[2], y: m[3] }) },
  // "28/1/1941"
  { reason: 'date.dmy', match: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu, read: (m) => ({ d: m[1], mo: m[2], y: m[3] }) },
  // "tháng 10/2019", "tháng 10 năm 2019"
  { reason: 'date.month-year', match: /tháng (\d{1,2})(?:\/| năm )(\d{4})(?!\d)/giu, read: (m) => ({ mo: m[1], y: m[2] }) },
  // "sáng 15/5", "ngày 11/10"
  { reason: 'date.day-month', match: new RegExp(String.raw`(?<=${CONTEXT})(\d{1,2})\/(\d{1,2})(?![\d/])`, 'giu'), read: (m) => ({ d: m[1], mo: m[2] }) },
  // "các năm 2010, 2013, 2018", "năm 2008"
  { reason: 'date.years', match: /năm ((?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:19|20)\d{2})*)(?!\d)/giu, read: (m) => ({ years: m[1]!.match(/\d{4}/g) ?? [] }) },
  // "tháng 7 tới", "trong tháng 4"
  { reason: 'date.month', match: /tháng (\d{1,2})(?![\d/])(?! năm)/giu, read: (m) => ({ mo: m[1] }) },
];

const pad = (s: string) => s.padStart(2, '0');

function value(d: string | undefined, mo: string | undefined, y: string | undefined, year: number | null): DateValue | null {
  const month = mo === undefined ? null : Number(mo);
  const day = d === undefined ? null : Number(d);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  const explicit = y !== undefined;
  const yy = explicit ? Number(y) : year;
  const tail = (month !== null ? `-${pad(String(month))}` : '') + (day !== null ? `-${pad(String(day))}` : '');
  return { value: yy === null ? `-${tail}` : `${yy}${tail}`, year: yy, yearExplicit: explicit };
}

/** Finds dates; day/month without a year take `year` (the article's) and are marked as inferred. */
export function findDates(text: string, year: number | null): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.match)) {
      const start = m.index!, end = start + m[0].length;
      if (!free(start, end)) continue;
      const r = rule.read(m);
      if (!r) continue;
      const values = r.years ? r.years.map((y) => value(undefined, undefined, y, year)) : [value(r.d, r.mo, r.y, year)];
      for (const v of values) if (v) out.push({ type: 'Date', start, end, text: m[0], reason: rule.reason, value: v });
      taken.push([start, end]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
