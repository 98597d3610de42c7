import type { GraphView } from '../GraphView.js';
import { el } from '../internal/dom.js';

/**
 * At corpus scale the first view is the diplomacy network: this note says how much of the graph
 * is still on the server and how to bring it in (a node's neighbours from its panel, or everything).
 */
export function mountHiddenNote(note: HTMLElement, view: GraphView): void {
  const total = Object.values(view.server.first.totals.nodes).reduce((a, b) => a + (b ?? 0), 0);
  const button = el('button', { className: 'link', text: 'Load all but the articles' });
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    view.loadAll().catch((error: unknown) => {
      button.textContent = `Loading failed: ${String(error)}`;
    });
  });
  let shown = -1;
  const sync = (): void => {
    if (shown === view.graph.order) return;
    shown = view.graph.order;
    note.hidden = !view.isPartial;
    if (note.hidden) return;
    const hidden = (total - view.graph.order).toLocaleString('en');
    note.replaceChildren(
      el('p', {
        text:
          `Showing the diplomacy network: localities, office holders and events, linked by visits, meetings and agreements. ` +
          `${hidden} more nodes (people and organizations only mentioned, and the articles) are not loaded: ` +
          `search finds them all, and a selected node's panel shows its neighbours or articles.`,
      }),
      button,
    );
  };
  view.onChange(sync);
  sync();
}
