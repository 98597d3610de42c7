import cues from './lexicon/date-cues.json' with { type: 'json' };

// "tầm nhìn đến năm 2025", "giai đoạn 2021-2025", "mục tiêu đến năm 2030": years the article aims at.
// "vào năm", "trước năm", "sau năm" name a year before or after the news, almost never its own
// (under 2 % of such years in dated articles are the article's year).
const AIMED = new RegExp(`(?:${[...cues.target, ...cues.period].join('|')})[^.;!?\\n]{0,40}$|(?:đến|tới|vào|trước|sau) năm\\s?$`, 'iu');

const COMPARED = /so với năm\s?$/iu;
const LAST_YEAR = /cùng kỳ năm\s?$/iu;
const SENTENCE_END = /[.!?\n]\s/u;
const RANGE_END = /(?:19|20)\d{2}\s?[-–]\s?$/u;
const ORIGIN = new RegExp(`(?:${cues.origin.join('|')})[^.;!?\\n]{0,40}$`, 'iu');

/**
 * The year an article is about: the source's date when known, otherwise the latest
 * year the text names as such ("năm 2023", "tháng 7/2020", "(2008-2023)") that is not
 * only one past another named year and no more often — a planned visit "tháng 1/2024"
 * in a 2023 report should not move the report to 2024. A target or a period's year
 * ("tầm nhìn đến năm 2025", "giai đoạn 2021-2025") is not counted.
 */
export function inferYear(text: string, date: string | null): number | null {
  const fromMeta = date?.match(/^(\d{4})/);
  if (fromMeta) return Number(fromMeta[1]);
  const counts = new Map<number, number>();
  // The last aimed year and where it ends: a later year of the same sentence aims on ("đến năm 2020 đạt 4,5 tỉ USD, năm 2030 …").
  let aimed = { year: Infinity, end: 0 };
  for (const m of text.matchAll(/(?:năm|tháng \d{1,2}\/|\d{1,2}\/\d{1,2}\/|-|–)\s?((?:19|20)\d{2})(?!\d)/g)) {
    const y = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 60), m.index + m[0].length - 4);
    if (AIMED.test(before)) { aimed = { year: y, end: m.index + m[0].length }; continue; }
    if (y >= aimed.year && !SENTENCE_END.test(text.slice(aimed.end, m.index))) continue;
    // The end of a range is a term's or a plan's ("(2016-2019)", "trong 2017-2020"), unless an anniversary counts up to it.
    if (RANGE_END.test(before) && !ORIGIN.test(before)) continue;
    // "so với năm 2015" compares with an earlier year; "cùng kỳ năm 2015" is the same season of the year before the news.
    if (COMPARED.test(before)) continue;
    if (LAST_YEAR.test(before)) { counts.set(y + 1, (counts.get(y + 1) ?? 0) + 1); continue; }
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const years = [...counts.keys()].sort((a, b) => a - b);
  const latest = years[years.length - 1]!;
  const previous = years[years.length - 2];
  return previous !== undefined && latest - previous === 1 && counts.get(latest)! <= counts.get(previous)! ? previous : latest;
}
