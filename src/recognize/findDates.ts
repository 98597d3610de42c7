import type { DateMention, DateValue } from '../types.js';
import { dateRole, textBefore } from './internal/dateRoles.js';
import { execAll } from '../internal/execAll.js';

interface DateRule {
  match: RegExp;
  reason: string;
  example: string;
  read: (m: RegExpMatchArray) => { d?: string; mo?: string; y?: string; years?: string[]; range?: boolean } | null;
}

const CONTEXT = String.raw`(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|và|mai,|nay,|qua,)\s+`;
// "ngày 13-5", "sáng 5.6": the dash and dot forms only after a word of the day — "từ 2-3 ngày" is a count.
const DAY_CONTEXT = String.raw`(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|nay)\s+`;
const YEAR = String.raw`(?:19|20)\d{2}`;
// A number of money, people or things is no year: "2050 tỷ đồng", "năm 2008 người".
const NOT_AMOUNT = String.raw`(?!\d|[.,]\d|\s*(?:tỷ|triệu|nghìn|ngàn|đồng|USD|người|km|ha|tấn|%))`;

// Order matters: longer forms first; a later rule never overlaps an earlier match.
const RULES: DateRule[] = [
  { reason: 'date.words', example: 'ngày 12 tháng 3 năm 2020', match: new RegExp(String.raw`ngày (\d{1,2}) tháng (\d{1,2})(?: năm (${YEAR}))?(?!\d)`, 'giu'), read: (m) => ({ d: m[1], mo: m[2], y: m[3] }) },
  // a range is given by its first day
  { reason: 'date.range', example: 'từ ngày 10-12/11', match: /(?<!\d)(\d{1,2})\s*[-–]\s*\d{1,2}\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu, read: (m) => ({ d: m[1], mo: m[2], y: m[3] }) },
  { reason: 'date.dmy', example: '28/1/1941, 13-5-2017, 5.6.2017', match: new RegExp(String.raw`(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(${YEAR})(?![\d/])`, 'gu'), read: (m) => ({ d: m[1], mo: m[3], y: m[4] }) },
  { reason: 'date.month-year', example: 'tháng 10/2019, tháng 10-2025, tháng 6.2016', match: new RegExp(String.raw`tháng (\d{1,2})(?:[/.-]| năm )(${YEAR})(?!\d)`, 'giu'), read: (m) => ({ mo: m[1], y: m[2] }) },
  { reason: 'date.day-month', example: 'sáng 15/5', match: new RegExp(String.raw`(?<=${CONTEXT})(\d{1,2})\/(\d{1,2})(?![\d/])`, 'giu'), read: (m) => ({ d: m[1], mo: m[2] }) },
  { reason: 'date.day-month', example: 'ngày 13-5, ngày 5.6', match: new RegExp(String.raw`(?<=${DAY_CONTEXT})(\d{1,2})[.-](\d{1,2})(?![\d.-]*\d)(?!\s*(?:ngày|năm|tháng|giờ|tuần|lần|người|%))`, 'giu'), read: (m) => ({ d: m[1], mo: m[2] }) },
  { reason: 'date.year-range', example: 'giai đoạn 2021-2025, (1973-2018)', match: new RegExp(String.raw`(?<![\d/.])(${YEAR})\s*[-–]\s*(${YEAR})(?![\d/])`, 'gu'), read: (m) => ({ years: [m[1]!, m[2]!], range: true }) },
  { reason: 'date.years', example: 'các năm 2010, 2013 và 2018', match: new RegExp(String.raw`năm (${YEAR}(?:\s*(?:,|và)\s*${YEAR})*)${NOT_AMOUNT}`, 'giu'), read: (m) => ({ years: m[1]!.match(/\d{4}/g) ?? [] }) },
  { reason: 'date.vision', example: 'tầm nhìn 2045', match: new RegExp(String.raw`(?<=tầm nhìn (?:đến |tới )?)(${YEAR})${NOT_AMOUNT}`, 'giu'), read: (m) => ({ years: [m[1]!] }) },
  { reason: 'date.month', example: 'tháng 7 tới', match: /tháng (\d{1,2})(?![\d/])(?! năm)/giu, read: (m) => ({ mo: m[1] }) },
];

const pad = (s: string) => s.padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function value(d: string | undefined, mo: string | undefined, y: string | undefined, year: number | null): DateValue | null {
  const month = mo === undefined ? null : Number(mo);
  const day = d === undefined ? null : Number(d);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > (month === null ? 31 : DAYS_IN_MONTH[month - 1]!))) return null;
  const explicit = y !== undefined;
  const yy = explicit ? Number(y) : year;
  const tail = (month !== null ? `-${pad(String(month))}` : '') + (day !== null ? `-${pad(String(day))}` : '');
  return { value: yy === null ? `-${tail}` : `${yy}${tail}`, year: yy, yearExplicit: explicit };
}

/**
 * Finds dates; day/month without a year take `year` (the article's) and are marked as inferred.
 * A date that is not the day of a reported event — a target, an origin, a period — carries
 * its `role` (see {@link dateRole}); a year range is a period unless a rule says more.
 */
export function findDates(text: string, year: number | null): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const rule of RULES) {
    for (const m of execAll(rule.match, text)) {
      const start = m.index!, end = start + m[0].length;
      if (!free(start, end)) continue;
      const r = rule.read(m);
      if (!r) continue;
      const values = r.years ? r.years.map((y) => value(undefined, undefined, y, year)) : [value(r.d, r.mo, r.y, year)];
      for (const v of values) {
        if (!v) continue;
        const mention: DateMention = { type: 'Date', start, end, text: m[0], reason: rule.reason, value: v };
        const role = dateRole({ before: textBefore(text, start), value: v, articleYear: year });
        if (role) Object.assign(mention, { role: role.role, roleReason: role.reason });
        else if (r.range) Object.assign(mention, { role: 'period', roleReason: rule.reason });
        out.push(mention);
      }
      taken.push([start, end]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
