import type { GraphView } from '../GraphView.js';
import { el } from '../internal/dom.js';
import { compareHits } from '../../../src/view/NameIndex.js';
import { SearchIndex } from '../SearchIndex.js';

const LIMIT = 12;

/**
 * The search field: suggestions while typing (arrow keys + Enter, or click), then select and fly to
 * the node. The loaded nodes are searched at once; at corpus scale the server's hits for the nodes
 * not loaded are merged in when they arrive (`data-pending` is set on the list meanwhile).
 */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, view: GraphView): void {
  // Built on first use, and again when the graph has grown.
  let index: SearchIndex | null = null;
  let hits: ReturnType<SearchIndex['search']> = [];
  let asked = 0;
  /** Whether arrow keys moved the active suggestion since the last keystroke. */
  let moved = false;
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
    if (index?.order !== view.graph.order) index = new SearchIndex(view.graph);
    hits = index.search(searched, LIMIT);
    active = 0;
    moved = false;
    render();
    if (!view.server.first.partial || !searched.trim()) return;
    const query = searched;
    const ticket = ++asked;
    list.dataset.pending = 'true';
    view.server
      .search(query, LIMIT)
      .then((remote) => {
        if (ticket !== asked || query !== searched) return;
        const known = new Set(hits.map((hit) => hit.key));
        const chosen = hits[active]?.key;
        hits = [...hits, ...remote.filter((hit) => !known.has(hit.key) && !view.graph.hasNode(hit.key))].sort(compareHits).slice(0, LIMIT);
        // Arrow keys may have moved on while the server answered: the same suggestion stays active.
        active = moved ? Math.max(0, hits.findIndex((hit) => hit.key === chosen)) : 0;
        render();
      })
      .catch(() => undefined)
      .finally(() => {
        if (ticket === asked) delete list.dataset.pending;
      });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      moved = true;
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
