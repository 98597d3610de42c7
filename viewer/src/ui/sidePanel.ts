import type { EdgeAttributes, Evidence, KgGraph, NodeAttributes } from '../../../src/types.js';
import type { ArticleRef, EvidenceReply } from '../../../src/view/ViewPayload.js';
import type { GraphView } from '../GraphView.js';
import { el, safeHref } from '../internal/dom.js';
import { RELATION_TYPES } from '../palette.js';
import { evidenceFor, expandButtons, hasMentions, loading } from './panelEvidence.js';

/** What each panel shows now, so that a change that does not concern it costs no redraw. */
const lastDrawn = new WeakMap<HTMLElement, { key: string | null; edge: string | null; order: number; reply: unknown }>();

/** Relations rendered before a "show all" button: a big article node has thousands. */
const FIRST_RELATIONS = 60;

/**
 * Renders the selected node (attributes, sources, every relation with its evidence) or the selected edge.
 * The panel is drawn at once from the loaded graph; evidence sentences and sources come from the
 * server (src/view/ViewData.ts) and the panel is drawn again when they arrive.
 */
export function renderSidePanel(panel: HTMLElement, view: GraphView): void {
  const key = view.state.selected;
  const edge = view.state.edge;
  // A filter or timeline change leaves the panel's content as it is: only its "hidden by filters" marks follow.
  const drawn = { key, edge, order: view.graph.order, reply: view.server.readyEvidence(edge ? 'edge' : 'node', edge ?? key ?? '', hasMentions(view, key)) };
  const before = lastDrawn.get(panel);
  lastDrawn.set(panel, drawn);
  if (before && !panel.hidden && (key || edge) && (Object.keys(drawn) as (keyof typeof drawn)[]).every((name) => before[name] === drawn[name])) {
    markFiltered(panel, view);
    return;
  }
  if (edge && view.graph.hasEdge(edge)) {
    renderEdge(panel, view, edge, evidenceFor(panel, view, 'edge', edge, () => renderSidePanel(panel, view)));
    return;
  }
  if (!key || !view.graph.hasNode(key)) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  const reply = evidenceFor(panel, view, 'node', key, () => renderSidePanel(panel, view));
  const graph = view.graph;
  const attrs = graph.getNodeAttributes(key);
  const close = closeButton(view);

  const relations = relationsOf(graph, key);
  const list = el('ul', { className: 'relations' });
  const showFrom = (start: number, end: number): void => {
    for (const relation of relations.slice(start, end)) list.append(relationItem(view, key, relation.edge, relation.attrs, reply));
  };
  showFrom(0, FIRST_RELATIONS);
  const more = el('div');
  if (relations.length > FIRST_RELATIONS) {
    const button = el('button', { text: `Show all ${relations.length} relations` });
    button.addEventListener('click', () => {
      showFrom(FIRST_RELATIONS, relations.length);
      button.remove();
    });
    more.append(button);
  }

  panel.replaceChildren(
    close,
    el('h2', { className: 'node-label', text: attrs.label }),
    el('p', { className: 'node-type', text: [attrs.type, country(attrs)].filter(Boolean).join(' · ') }),
    attributeList(view, attrs),
    el('h3', { text: `Relations (${relations.length})` }),
    relations.length ? list : el('p', { className: 'muted', text: 'No relations.' }),
    more,
    expandButtons(view, key, reply),
    el('h3', { text: reply ? `Sources (${reply.articleCount})` : 'Sources' }),
    reply
      ? el('ul', { className: 'sources' }, reply.articles.map((article) => el('li', {}, [articleLink(view, article, reply.refs[article])])))
      : loading(),
    reply && reply.articleCount > reply.articles.length
      ? el('p', { className: 'muted', text: `The latest ${reply.articles.length} of ${reply.articleCount} articles.` })
      : '',
    el('p', { className: 'node-id', text: key }),
  );
  panel.hidden = false;
}

/** An edge clicked in the graph: its two ends (links to their nodes), its details and its evidence. */
function renderEdge(panel: HTMLElement, view: GraphView, edge: string, reply: EvidenceReply | undefined): void {
  const graph = view.graph;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const label = (node: string): string => graph.getNodeAttribute(node, 'label');
  const ends = el('dl', { className: 'attributes' });
  for (const [name, node] of [[attrs.undirected ? 'Between' : 'From', source], [attrs.undirected ? 'and' : 'To', target]] as const) {
    ends.append(el('dt', { text: name }), el('dd', {}, [nodeButton(view, node)]));
  }
  panel.replaceChildren(
    closeButton(view),
    el('h2', { className: 'node-label', text: `${label(source)} ${attrs.undirected ? '—' : '→'} ${label(target)}` }),
    el('p', { className: 'node-type', text: `Relation · ${attrs.type}` }),
    ends,
    el('h3', { text: 'Relation' }),
    el('ul', { className: 'relations' }, [relationItem(view, source, edge, attrs, reply)]),
    el('p', { className: 'node-id', text: edge }),
  );
  panel.hidden = false;
}

function closeButton(view: GraphView): HTMLButtonElement {
  const close = el('button', { className: 'close', text: '×', title: 'Close' });
  close.addEventListener('click', () => view.update({ selected: null, edge: null }));
  return close;
}

/** A link that selects a node and flies to it. */
function nodeButton(view: GraphView, node: string): HTMLButtonElement {
  const button = el('button', { className: 'link', text: view.graph.getNodeAttribute(node, 'label') });
  button.addEventListener('click', () => void view.select(node));
  return button;
}

function relationsOf(graph: KgGraph, key: string): { edge: string; attrs: EdgeAttributes }[] {
  const relations: { edge: string; attrs: EdgeAttributes }[] = [];
  graph.forEachEdge(key, (edge, attrs) => relations.push({ edge, attrs }));
  const order = (type: string): number => RELATION_TYPES.indexOf(type as EdgeAttributes['type']);
  return relations.sort((a, b) => order(a.attrs.type) - order(b.attrs.type) || (a.attrs.date ?? '').localeCompare(b.attrs.date ?? ''));
}

function relationItem(view: GraphView, key: string, edge: string, attrs: EdgeAttributes, reply: EvidenceReply | undefined): HTMLLIElement {
  const graph = view.graph;
  const source = graph.source(edge);
  const other = source === key ? graph.target(edge) : source;
  const arrow = attrs.undirected ? '—' : source === key ? '→' : '←';
  const otherButton = nodeButton(view, other);
  const dates = attrs.dates?.length ? attrs.dates : attrs.date ? [attrs.date] : [];
  const details = [dates.join(', '), attrs.kind, attrs.title, attrs.role, attrs.status].filter(Boolean).join(' · ');
  const item = el('li', { className: 'relation' }, [
    el('div', { className: 'relation-head' }, [
      el('span', { className: `badge rel-${attrs.type}`, text: attrs.type }),
      ` ${arrow} `,
      otherButton,
      details ? el('span', { className: 'muted', text: ` ${details}` }) : '',
    ]),
    reply
      ? el('ul', { className: 'evidence' }, (reply.edges[edge]?.evidence ?? []).map((evidence) => evidenceItem(view, evidence, reply.refs)))
      : loading(),
  ]);
  item.dataset.edge = edge;
  markItem(item, view.visibility.edges.has(edge));
  return item;
}

function markItem(item: HTMLElement, shown: boolean): void {
  item.classList.toggle('filtered', !shown);
  if (shown) item.removeAttribute('title');
  else item.title = 'hidden in the graph by the current filters';
}

function markFiltered(panel: HTMLElement, view: GraphView): void {
  for (const item of panel.querySelectorAll<HTMLElement>('li.relation[data-edge]')) markItem(item, view.visibility.edges.has(item.dataset.edge ?? ''));
}

function evidenceItem(view: GraphView, evidence: Evidence, refs: Record<string, ArticleRef>): HTMLLIElement {
  return el('li', {}, [
    el('blockquote', { className: 'sentence', text: evidence.sentence }),
    el('div', { className: 'source' }, [
      articleLink(view, evidence.article, refs[evidence.article]),
      el('span', { className: 'muted', text: ` · rule ${evidence.rule}` }),
    ]),
  ]);
}

/**
 * The article's URL when it has a safe one; else (plain-text inputs have none) a button that
 * selects the article's node, which shows its file; its id as text when the graph lacks it.
 */
function articleLink(view: GraphView, article: string, ref: ArticleRef | undefined): HTMLElement {
  const node = `article:${article}`;
  // Articles are loaded on demand at corpus scale: the server's reference names them.
  const loaded = view.graph.hasNode(node) ? view.graph.getNodeAttributes(node) : null;
  const attrs = loaded?.type === 'Article' ? loaded : ref?.title !== undefined && (ref.node || ref.url) ? ref : null;
  if (!attrs) return el('span', { className: 'article', text: article });
  const text = `${attrs.title || article}${attrs.date ? ` (${attrs.date})` : ''}`;
  const href = safeHref(attrs.url);
  if (href) {
    const link = externalLink(href, text);
    link.className = 'article';
    return link;
  }
  const source = loaded?.type === 'Article' ? loaded.source : ref?.node?.attributes.type === 'Article' ? ref.node.attributes.source : article;
  const button = el('button', { className: 'link article', text, title: `${source}: no URL; show the article's node` });
  button.addEventListener('click', () => void view.select(node));
  return button;
}

function externalLink(href: string, text: string): HTMLAnchorElement {
  const link = el('a', { text });
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

function country(attrs: NodeAttributes): string | null {
  return 'country' in attrs && attrs.country ? attrs.country : null;
}

function attributeList(view: GraphView, attrs: NodeAttributes): HTMLDListElement {
  const rows: [string, string | HTMLElement][] = [];
  const add = (name: string, value: unknown): void => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    rows.push([name, Array.isArray(value) ? value.join('; ') : String(value)]);
  };
  const nodeRef = (name: string, id: string | null | undefined): void => {
    if (!id) return;
    if (!view.graph.hasNode(id)) return add(name, id);
    rows.push([name, nodeButton(view, id)]);
  };
  switch (attrs.type) {
    case 'Person':
      add('Titles', attrs.titles);
      add('Name variants', attrs.variants);
      break;
    case 'Locality':
      add('Kind', attrs.kind);
      nodeRef('Part of', attrs.parent);
      if (attrs.lat != null && attrs.lng != null) add('Coordinates', `${attrs.lat.toFixed(4)}, ${attrs.lng.toFixed(4)}`);
      add('Since 2025 part of', attrs.currentUnit);
      add('Merged from', attrs.formerUnits);
      add('Name variants', attrs.variants);
      break;
    case 'Organization':
      add('Name variants', attrs.variants);
      break;
    case 'Event':
      add('Kind', attrs.kind);
      add('Date', attrs.date);
      add('Status', attrs.status);
      nodeRef('Where', attrs.where);
      break;
    case 'Article':
      add('Title', attrs.title);
      add('Date', attrs.date);
      add('File', attrs.source);
      if (safeHref(attrs.url)) rows.push(['URL', externalLink(safeHref(attrs.url) ?? '', attrs.url ?? '')]);
      else add('URL', attrs.url);
      break;
  }
  const list = el('dl', { className: 'attributes' });
  for (const [name, value] of rows) list.append(el('dt', { text: name }), el('dd', {}, [value]));
  return list;
}
