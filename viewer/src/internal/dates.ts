/**
 * Dates in the graph are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or `--MM[-DD]` when the year is unknown).
 * The timeline works in months: a date covers the months [first, last] it can mean.
 */
export interface MonthSpan {
  first: number;
  last: number;
}

const DATE = /^(\d{4})(?:-(\d{2}))?/;

/** Months since year 0 (`year * 12 + month - 1`) covered by a date, or null when it has no year. */
export function monthSpan(value: string | null | undefined): MonthSpan | null {
  const match = value ? DATE.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { first: year * 12, last: year * 12 + 11 };
  const month = year * 12 + Number(match[2]) - 1;
  return { first: month, last: month };
}

export function monthIndex(value: string): number | null {
  const span = monthSpan(value);
  return span ? span.first : null;
}

/** `YYYY-MM` for a month index. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** True when any of the dates overlaps the month range [from, to]. */
export function anyInRange(dates: Iterable<string | null | undefined>, from: number, to: number): boolean {
  for (const date of dates) {
    const span = monthSpan(date);
    if (span && span.last >= from && span.first <= to) return true;
  }
  return false;
}
