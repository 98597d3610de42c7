import type { ArticleMeta, ExtractedEntity, EventKind, LocalityKind, NodeAttributes } from '../../types.js';
import { nodeColor } from '../palette.js';
import { initialPosition } from './style.js';

const EVENT_KINDS = new Set(['visit', 'meeting', 'signing', 'festival', 'conference', 'exchange', 'other']);

function pushUnique(list: string[], values: Iterable<string | null | undefined>): void {
  for (const value of values) if (value && !list.includes(value)) list.push(value);
}

/** A fresh node from the first sighting of an entity. */
export function createEntityNode(e: ExtractedEntity, article: string): NodeAttributes {
  const base = { label: e.name, size: 1, articles: [article], ...initialPosition(e.id) };
  const variants: string[] = [];
  pushUnique(variants, [e.name, ...e.aliases]);
  const country = e.country ?? null;
  switch (e.type) {
    case 'Person':
      return { ...base, type: 'Person', color: nodeColor(e), name: e.name, variants, titles: [...new Set(e.titles ?? [])], country };
    case 'Organization':
      return { ...base, type: 'Organization', color: nodeColor(e), name: e.name, variants, country };
    case 'Locality':
      return {
        ...base, type: 'Locality', color: nodeColor({ type: 'Locality', country }), name: e.name, variants,
        kind: ((e.kind && !EVENT_KINDS.has(e.kind)) ? e.kind : 'city') as LocalityKind, country,
        parent: e.parent ?? null, lat: e.lat ?? null, lng: e.lng ?? null,
        currentUnit: e.currentUnit ?? null, formerUnits: [...new Set(e.formerUnits ?? [])],
      };
    case 'Event': {
      const kind = (e.kind && EVENT_KINDS.has(e.kind) ? e.kind : 'other') as EventKind;
      const date = e.date ?? null;
      return {
        ...base, type: 'Event', color: nodeColor(e),
        kind, date, status: e.status ?? 'done', where: e.where ?? null,
      };
    }
  }
}

/** Folds a later sighting into the node: unions lists, keeps the first non-null scalars. */
export function mergeEntityNode(node: NodeAttributes, e: ExtractedEntity, article: string): void {
  pushUnique(node.articles, [article]);
  if (node.type === 'Person' || node.type === 'Organization' || node.type === 'Locality') {
    pushUnique(node.variants, [e.name, ...e.aliases]);
    node.country ??= e.country ?? null;
  }
  if (node.type === 'Person') pushUnique(node.titles, e.titles ?? []);
  if (node.type === 'Locality') {
    node.parent ??= e.parent ?? null;
    node.lat ??= e.lat ?? null;
    node.lng ??= e.lng ?? null;
    node.currentUnit ??= e.currentUnit ?? null;
    pushUnique(node.formerUnits, e.formerUnits ?? []);
    node.color = nodeColor(node);
  }
  if (node.type === 'Event') {
    node.date ??= e.date ?? null;
    node.where ??= e.where ?? null;
    if (e.status === 'done') node.status = 'done';
  }
}

export function createArticleNode(meta: ArticleMeta): NodeAttributes {
  const id = `article:${meta.id}`;
  return {
    type: 'Article', label: meta.title ?? meta.id, size: 1, color: nodeColor({ type: 'Article' }),
    articles: [meta.id], ...initialPosition(id),
    title: meta.title, url: meta.url, date: meta.date, source: meta.source,
  };
}

export { pushUnique };
