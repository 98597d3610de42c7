/** How a `YYYY[-MM[-DD]]` / `--MM-DD` date is stored: text always, a Neo4j Date only when full, the year when known. */
export interface SplitDate {
  dateText: string | null;
  /** `YYYY-MM-DD` of a real calendar day, else null. */
  date: string | null;
  year: number | null;
}

export function splitDate(value: unknown): SplitDate {
  if (typeof value !== 'string' || value === '') return { dateText: null, date: null, year: null };
  const yearMatch = /^(\d{4})(?:-|$)/.exec(value);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  let date: string | null = null;
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    // "2019-02-30" is text, not a Date: Neo4j would reject it and fail the whole batch.
    if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d) date = value;
  }
  return { dateText: value, date, year };
}
