import type { ExtractedEntity } from '../../src/types.js';
import { eventYear, implausibleYear } from './eventYear.js';

export interface EventFlag {
  article: string;
  name: string;
  date: string;
  year: number;
  sentence: string;
}

const latestYear = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

/** The events of a corpus: how many, which have no year, which have an implausible one (check C4). */
export class EventDates {
  count = 0;
  readonly withoutYear = new Map<string, number>();
  private readonly candidates: EventFlag[] = [];

  /** `latestDate`: the latest article date seen so far; `sentence` is computed only for kept events. */
  add(article: string, e: ExtractedEntity, latestDate: string | null, sentence: () => string): void {
    this.count++;
    const year = eventYear(e.date);
    if (year === null) {
      const kind = e.kind ?? 'other';
      this.withoutYear.set(kind, (this.withoutYear.get(kind) ?? 0) + 1);
      return;
    }
    // The corpus's latest date is known only at the end: keep what is implausible for the date so
    // far (every dated event while no article date has been seen), and judge again in implausible().
    const latest = latestYear(latestDate);
    if (latest === null || implausibleYear(year, latest)) this.candidates.push({ article, name: e.name, date: e.date!, year, sentence: sentence() });
  }

  /** Events dated before 1945 or more than 3 years after the corpus's latest article date, oldest first. */
  implausible(latestDate: string | null): EventFlag[] {
    const latest = latestYear(latestDate);
    return this.candidates.filter((e) => implausibleYear(e.year, latest) !== null).sort((a, b) => a.year - b.year);
  }

  get withoutYearTotal(): number {
    return [...this.withoutYear.values()].reduce((a, b) => a + b, 0);
  }
}
