import type { KgGraph } from '../../../src/types.js';
import type { GraphView } from '../GraphView.js';
import { monthLabel, monthSpan } from '../internal/dates.js';
import { TIMED_RELATIONS } from '../palette.js';

/** First and last month any visit, meeting, agreement or event is dated, or null when none is. */
export function timelineBounds(graph: KgGraph): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  const see = (date: string | null | undefined): void => {
    const span = monthSpan(date);
    if (!span) return;
    from = Math.min(from, span.first);
    to = Math.max(to, span.last);
  };
  graph.forEachEdge((_edge, attrs) => {
    if (!TIMED_RELATIONS.has(attrs.type)) return;
    see(attrs.date);
    for (const date of attrs.dates ?? []) see(date);
  });
  graph.forEachNode((_node, attrs) => {
    if (attrs.type === 'Event') see(attrs.date);
  });
  return from <= to ? { from, to } : null;
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
