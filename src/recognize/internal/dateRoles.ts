// Shared with the clean stage's inferYear, which must not take a target year for the article's.
import cues from '../../clean/lexicon/date-cues.json' with { type: 'json' };
import type { DateRole, DateValue } from '../../types.js';

/** What a role rule sees: the sentence's words before the date, the date, the article's year. */
export interface RoleContext {
  before: string;
  value: DateValue;
  articleYear: number | null;
}

interface RoleRule {
  reason: string;
  role: DateRole;
  example: string;
  test: (c: RoleContext) => boolean;
}

const words = (list: string[]) => list.join('|');
const PERIOD_CUE = new RegExp(`(?:${words(cues.period)})\\s*(?:năm\\s*)?$`, 'iu');
const FROM_TO = /(?:từ|trong) (?:năm )?(?:19|20)\d{2}\s*(?:đến|tới|-|–)\s*(?:năm\s*)?$/iu;
const UNTIL = /(?:đến|tới|trước|vào|cho tới)\s+(?:năm\s*)?$/iu;
const TARGET_CUE = new RegExp(`(?:${words(cues.target)})[^.;!?]{0,60}$`, 'iu');
const ORIGIN_CUE = new RegExp(`(?:${words(cues.origin)})[^.;!?]{0,60}$`, 'iu');
const SINCE = /(?:^|\s)từ\s+(?:năm|ngày|tháng)?\s*$/iu;
/** The Democratic Republic's founding: older dates are history, not news. */
const HISTORY_BEFORE = 1945;

const yearOnly = (v: DateValue) => /^\d{4}$/.test(v.value);
const later = (c: RoleContext) => c.articleYear === null || (c.value.year ?? 0) > c.articleYear;
const earlier = (c: RoleContext) => c.value.yearExplicit && c.articleYear !== null && c.value.year! < c.articleYear;

/** Without the article's year, "vào năm 2014" after a founding word is that founding, not a target. */
const foundedAt = (c: RoleContext) => c.articleYear === null && ORIGIN_CUE.test(c.before);

// First match wins; a date no rule matches keeps no role.
const RULES: RoleRule[] = [
  { reason: 'date.role.period-cue', role: 'period', example: 'kế hoạch giai đoạn 2021-2025', test: (c) => PERIOD_CUE.test(c.before) },
  { reason: 'date.role.from-to', role: 'period', example: 'từ năm 2010 đến năm 2015', test: (c) => FROM_TO.test(c.before) },
  { reason: 'date.role.until', role: 'target', example: 'hoàn thành đến năm 2030', test: (c) => yearOnly(c.value) && later(c) && UNTIL.test(c.before) && !foundedAt(c) },
  { reason: 'date.role.target-cue', role: 'target', example: 'tầm nhìn 2045', test: (c) => yearOnly(c.value) && later(c) && TARGET_CUE.test(c.before) },
  { reason: 'date.role.origin-cue', role: 'origin', example: 'kỷ niệm 45 năm thiết lập quan hệ (1973-2018)', test: (c) => earlier(c) && ORIGIN_CUE.test(c.before) },
  { reason: 'date.role.since', role: 'origin', example: 'hợp tác từ năm 2008', test: (c) => earlier(c) && SINCE.test(c.before) },
  { reason: 'date.role.past-year', role: 'origin', example: 'Thỏa thuận hợp tác năm 2008 (in a 2023 article)', test: (c) => yearOnly(c.value) && earlier(c) },
  { reason: 'date.role.history', role: 'origin', example: 'Cách mạng tháng 8/1945 … năm 1930', test: (c) => c.value.yearExplicit && c.value.year! < HISTORY_BEFORE },
  { reason: 'date.role.far-future', role: 'target', example: 'năm 2050 (in a 2017 article)', test: (c) => c.value.yearExplicit && c.articleYear !== null && c.value.year! > c.articleYear + 1 },
];

/** The role of a date that is not the day of a reported event, with the rule that said so. */
export function dateRole(c: RoleContext): { role: DateRole; reason: string } | null {
  const rule = RULES.find((r) => r.test(c));
  return rule ? { role: rule.role, reason: rule.reason } : null;
}

/** The sentence's text before `start`, at most 120 characters back. */
export function textBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('; '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}
