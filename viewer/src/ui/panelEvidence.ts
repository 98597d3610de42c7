import type { EvidenceReply } from '../../../src/view/ViewPayload.js';
import type { GraphView } from '../GraphView.js';
import { el } from '../internal/dom.js';

/**
 * The evidence the server has sent for the node or edge, or undefined while it is on its way: the
 * panel is then drawn again on arrival, if it still shows the same thing. `data-evidence` tells
 * tests and the benchmark which state the panel is in.
 */
export function evidenceFor(
  panel: HTMLElement,
  view: GraphView,
  kind: 'node' | 'edge',
  key: string,
  redraw: () => void,
): EvidenceReply | undefined {
  const mentions = kind === 'node' && hasMentions(view, key);
  const reply = view.server.readyEvidence(kind, key, mentions);
  panel.dataset.evidence = reply ? 'loaded' : 'loading';
  if (reply) return reply;
  const same = (): boolean => (kind === 'node' ? view.state.selected : view.state.edge) === key;
  const request = kind === 'node' ? view.server.nodeEvidence(key, mentions) : view.server.edgeEvidence(key);
  request.then(
    () => {
      if (same()) redraw();
    },
    (error: unknown) => {
      if (!same()) return;
      panel.dataset.evidence = 'error';
      for (const item of panel.querySelectorAll('.loading')) item.textContent = `Could not load the evidence: ${String(error)}`;
    },
  );
  return undefined;
}

/** Whether the page has loaded MENTIONED_IN links of the node (then the panel lists them, with their sentences). */
export function hasMentions(view: GraphView, node: string | null): boolean {
  return node !== null && view.graph.hasNode(node) && view.graph.someEdge(node, (_edge, attrs) => attrs.type === 'MENTIONED_IN');
}

export function loading(): HTMLElement {
  return el('p', { className: 'muted loading', text: 'Loading evidence…' });
}

/** What the loaded graph lacks around this node, with buttons to fetch it: more neighbours, its articles. */
export function expandButtons(view: GraphView, key: string, reply: EvidenceReply | undefined): HTMLElement {
  const box = el('div', { className: 'expand' });
  if (!reply) return box;
  const loaded = { relations: 0, mentions: 0 };
  view.graph.forEachEdge(key, (_edge, attrs) => void (attrs.type === 'MENTIONED_IN' ? loaded.mentions++ : loaded.relations++));
  let relations = 0;
  for (const [type, n] of Object.entries(reply.degree)) if (type !== 'MENTIONED_IN') relations += n ?? 0;
  const mentions = reply.degree.MENTIONED_IN ?? 0;
  const add = (missing: number, text: string, articles: boolean): void => {
    if (missing <= 0) return;
    const button = el('button', { className: 'link expand-button', text });
    button.addEventListener('click', () => {
      button.disabled = true;
      view.expand(key, articles).catch((error: unknown) => {
        button.textContent = `Loading failed: ${String(error)}`;
      });
    });
    box.append(button);
  };
  add(relations - loaded.relations, `Show ${relations - loaded.relations} more relations and their nodes`, false);
  add(mentions - loaded.mentions, `Show its ${mentions - loaded.mentions} article links`, true);
  return box;
}
