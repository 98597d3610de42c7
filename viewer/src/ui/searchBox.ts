import type { GraphView } from '../GraphView.js';
import { el } from '../internal/dom.js';
import { SearchIndex } from '../SearchIndex.js';

/** The search field: suggestions while typing (arrow keys + Enter, or click), then select and fly to the node. */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, view: GraphView): void {
  // Built on first use: folding 20,000 names need not delay the first frame.
  let index: SearchIndex | null = null;
  let hits: ReturnType<SearchIndex['search']> = [];
  let active = 0;
  /** The text the hits are for; cleared once a hit is chosen so "No match" does not show for it. */
  let searched = '';

  const render = (): void => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item = el('li', { className: i === active ? 'active' : '' }, [
          el('span', { className: 'hit-label', text: hit.label }),
          el('span', { className: 'hit-type', text: hit.type }),
        ]);
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(i === active));
        // mousedown, not click: the input's blur would hide the list before a click lands.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(i);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0;
    if (searched.trim() && hits.length === 0) {
      list.replaceChildren(el('li', { className: 'none', text: 'No match' }));
      list.hidden = false;
    }
  };

  const choose = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    searched = '';
    hits = [];
    render();
    view.select(hit.key).catch((error: unknown) => {
      list.replaceChildren(el('li', { className: 'none', text: `Could not load ${hit.label}: ${String(error)}` }));
      list.hidden = false;
    });
  };

  input.addEventListener('input', () => {
    searched = input.value;
    index ??= new SearchIndex(view.graph, view.server.first.others);
    hits = index.search(searched, 12);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      searched = '';
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () => {
    list.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (hits.length > 0) list.hidden = false;
  });
}
