import type { KgGraph } from '../../../src/types.js';
import type { GraphView } from '../GraphView.js';
import { monthLabel, monthSpan } from '../internal/dates.js';
import { TIMED_RELATIONS } from '../palette.js';

/** Dates before this year are misreadings: no local diplomacy the corpus reports predates it. */
const FIRST_YEAR = 1945;
/** Dates further ahead than this are plans' horizons ("tầm nhìn đến 2050"), not events. */
const YEARS_AHEAD = 10;
/** Share of dated items left out at each end, so a few stray dates cannot stretch the slider. */
const TAIL = 0.01;

/**
 * The months the slider covers: from the 1st to the 99th percentile of the dates of visits,
 * meetings, agreements and events, among those in sane years; null when none is dated.
 */
export function timelineBounds(graph: KgGraph, now = new Date()): { from: number; to: number } | null {
  const firsts: number[] = [];
  const lasts: number[] = [];
  const lowest = FIRST_YEAR * 12;
  const highest = (now.getFullYear() + YEARS_AHEAD) * 12 + 11;
  const see = (date: string | null | undefined): void => {
    const span = monthSpan(date);
    if (!span || span.first < lowest || span.last > highest) return;
    firsts.push(span.first);
    lasts.push(span.last);
  };
  graph.forEachEdge((_edge, attrs) => {
    if (!TIMED_RELATIONS.has(attrs.type)) return;
    see(attrs.date);
    for (const date of attrs.dates ?? []) see(date);
  });
  graph.forEachNode((_node, attrs) => {
    if (attrs.type === 'Event') see(attrs.date);
  });
  if (firsts.length === 0) return null;
  firsts.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  const last = firsts.length - 1;
  return { from: firsts[Math.floor(TAIL * last)] ?? 0, to: lasts[Math.ceil((1 - TAIL) * last)] ?? 0 };
}

/** The date-range slider: a checkbox turns the timeline on, two range inputs pick the first and last month. */
export function mountTimeline(
  elements: { toggle: HTMLInputElement; from: HTMLInputElement; to: HTMLInputElement; label: HTMLElement },
  view: GraphView,
): void {
  const { toggle, from, to, label } = elements;
  const bounds = timelineBounds(view.graph);
  if (!bounds) {
    toggle.disabled = from.disabled = to.disabled = true;
    label.textContent = 'No dated visits, meetings, agreements or events.';
    return;
  }
  for (const input of [from, to]) {
    input.min = String(bounds.from);
    input.max = String(bounds.to);
    input.step = '1';
  }
  const apply = (): void => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    view.update({ timeline: toggle.checked ? { from: a, to: b } : null });
  };
  toggle.addEventListener('change', apply);
  for (const input of [from, to]) {
    input.addEventListener('input', () => {
      toggle.checked = true;
      apply();
    });
  }
  const sync = (): void => {
    const range = view.state.timeline;
    // A shared link may ask for months outside the data's range: the slider stretches to show them.
    from.min = to.min = String(Math.min(bounds.from, range?.from ?? bounds.from));
    from.max = to.max = String(Math.max(bounds.to, range?.to ?? bounds.to));
    toggle.checked = range !== null;
    from.value = String(range?.from ?? bounds.from);
    to.value = String(range?.to ?? bounds.to);
    label.textContent = range
      ? `${monthLabel(range.from)} – ${monthLabel(range.to)}`
      : `all dates (${monthLabel(bounds.from)} – ${monthLabel(bounds.to)})`;
  };
  view.onChange(sync);
  sync();
}
