export interface DateRange {
  start: string;
  end: string;
}

/** `2019-10` → Oct 1–31, `2019` → the whole year; dates without a year have no place on a timeline. */
export function dateRange(value: string | null | undefined): DateRange | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, year, month, day] = m;
  if (day) return { start: value, end: value };
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** From the start of the earliest to the end of the latest dated value. */
export function spanOf(values: Iterable<string | null | undefined>): DateRange | null {
  let span: DateRange | null = null;
  for (const value of values) {
    const range = dateRange(value);
    if (!range) continue;
    if (!span) span = { ...range };
    else {
      if (range.start < span.start) span.start = range.start;
      if (range.end > span.end) span.end = range.end;
    }
  }
  return span;
}
