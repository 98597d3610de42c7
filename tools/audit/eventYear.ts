/** The year of an event's date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null when it has none (`--MM-DD`, null). */
export function eventYear(date: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-|$)/u.exec(date ?? '');
  return m ? Number(m[1]) : null;
}

/** The earliest year an event of these articles can plausibly have: the modern Vietnamese state. */
export const EARLIEST_YEAR = 1945;
/** How far past the latest article an event may still be planned. */
export const YEARS_AHEAD = 3;

/** Why an event's year is implausible for a corpus whose latest article is of `latestYear`, or null. */
export function implausibleYear(year: number, latestYear: number | null): string | null {
  if (year < EARLIEST_YEAR) return `before ${EARLIEST_YEAR}`;
  if (latestYear !== null && year > latestYear + YEARS_AHEAD) return `more than ${YEARS_AHEAD} years after ${latestYear}`;
  return null;
}
