import './style.css';
import { GraphView } from './GraphView.js';
import { byId } from './internal/dom.js';
import { LayoutRefiner } from './LayoutRefiner.js';
import { loadGraph } from './loadGraph.js';
import { mountFilterControls } from './ui/filterControls.js';
import { mountHiddenNote } from './ui/hiddenNote.js';
import { mountLegend } from './ui/legend.js';
import { mountSearchBox } from './ui/searchBox.js';
import { mountSidebarToggle } from './ui/sidebarToggle.js';
import { renderSidePanel } from './ui/sidePanel.js';
import { mountTimeline } from './ui/timeline.js';
import { mountToolbar } from './ui/toolbar.js';
import { decodeViewState } from './urlState.js';

/** The server publishes the graph's first view next to index.html (see src/view/ViewData.ts). */
const GRAPH_URL = 'view.json';

async function main(): Promise<void> {
  const status = byId('status');
  status.textContent = 'Loading graph…';
  const { graph, server } = await loadGraph(GRAPH_URL);
  performance.mark('kg:graph-loaded');
  document.title = `${graph.getAttribute('name') || 'Knowledge graph'} · kg-vnjp viewer`;

  const view = new GraphView(graph, byId('graph'), decodeViewState(location.hash), server);
  performance.mark('kg:sigma-created');
  // A handle for the console and bench/viewer.mjs (render timings); the page itself does not use it.
  (window as unknown as { kgViewer: GraphView }).kgViewer = view;
  view.sigma.once('afterRender', () => {
    // Read by the browser tests and bench/viewer.mjs (time to first render).
    performance.mark('kg:first-render');
    document.body.dataset.ready = 'true';
  });
  // No-op when a render is already queued; makes sure the listener above sees one.
  view.sigma.scheduleRender();
  mountLegend(byId('legend'));
  mountHiddenNote(byId('hidden-note'), view);
  mountFilterControls(
    { types: byId('filter-types'), relations: byId('filter-relations'), countries: byId('filter-countries'), counts: byId('counts') },
    view,
  );
  mountTimeline(
    { toggle: byId<HTMLInputElement>('timeline-on'), from: byId<HTMLInputElement>('timeline-from'), to: byId<HTMLInputElement>('timeline-to'), label: byId('timeline-label') },
    view,
  );
  mountSidebarToggle(byId<HTMLButtonElement>('toggle-sidebar'), byId('topbar'));
  mountSearchBox(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('suggestions'), view);
  mountToolbar(
    { refine: byId<HTMLButtonElement>('refine'), geo: byId<HTMLButtonElement>('geo'), png: byId<HTMLButtonElement>('png'), gexf: byId<HTMLButtonElement>('gexf') },
    view,
    new LayoutRefiner(graph),
    status,
  );

  const panel = byId('panel');
  // The panel depends on the selection and, for its "hidden by filters" marks, on the filters.
  view.onChange(() => renderSidePanel(panel, view));
  renderSidePanel(panel, view);
  // A shared link may name a node outside the first view: it is fetched with its neighbours.
  const linked = decodeViewState(location.hash).selected;
  if (linked && !graph.hasNode(linked)) await view.select(linked).catch(() => undefined);
  else if (view.state.selected) view.flyTo(view.state.selected);

  performance.mark('kg:ui-mounted');
  window.addEventListener('hashchange', () => {
    const state = decodeViewState(location.hash);
    view.update(state);
    if (state.selected && !graph.hasNode(state.selected)) view.select(state.selected).catch(() => undefined);
  });
  status.textContent = '';
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = error instanceof Error ? error.message : String(error);
    status.classList.add('error');
  }
  document.body.dataset.ready = 'error';
});
