import type { EdgeAttributes, Evidence, ExtractedRelation, RelationType } from '../../types.js';
import { EDGE_COLORS } from '../palette.js';
import { pushUnique } from './mergeNode.js';

export const UNDIRECTED: ReadonlySet<RelationType> = new Set(['MET', 'AGREEMENT']);

export interface EdgeDraft {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** MET/AGREEMENT endpoints are sorted so A–B and B–A give one key. */
export function canonicalEnds(type: RelationType, source: string, target: string): [string, string] {
  return UNDIRECTED.has(type) && target < source ? [target, source] : [source, target];
}

export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}:${source}|${target}`;
}

function evidenceId(e: Evidence): string {
  return `${e.article}\u0000${e.sentence}\u0000${e.rule}`;
}

function sortDates(dates: string[]): string[] {
  return [...new Set(dates)].sort();
}

/** Earliest date: full years sort before `--MM-DD` forms only when nothing better is known. */
function earliest(dates: string[]): string | null {
  const dated = dates.filter((d) => !d.startsWith('--'));
  return (dated.length > 0 ? dated : dates)[0] ?? null;
}

export function createEdge(r: ExtractedRelation, article: string): EdgeDraft {
  const [source, target] = canonicalEnds(r.type, r.source, r.target);
  const attributes: EdgeAttributes = {
    type: r.type, undirected: UNDIRECTED.has(r.type), date: null, dates: [],
    articles: [], evidence: [], rules: [], label: r.type, size: 1, color: EDGE_COLORS[r.type],
  };
  if (r.status) attributes.status = r.status;
  if (r.kind) attributes.kind = r.kind;
  if (r.title) attributes.title = r.title;
  if (r.role) attributes.role = r.role;
  const draft = { key: edgeKey(r.type, source, target), source, target, attributes };
  mergeEdge(draft.attributes, r, article);
  return draft;
}

export function mergeEdge(edge: EdgeAttributes, r: ExtractedRelation, article: string): void {
  pushUnique(edge.articles, [article]);
  const seen = new Set(edge.evidence.map(evidenceId));
  for (const ev of r.evidence) {
    if (seen.has(evidenceId(ev))) continue;
    seen.add(evidenceId(ev));
    edge.evidence.push({ article: ev.article, sentence: ev.sentence, rule: ev.rule });
  }
  pushUnique(edge.rules, r.evidence.map((ev) => ev.rule));
  if (r.date) {
    edge.dates = sortDates([...edge.dates, r.date]);
    edge.date = earliest(edge.dates);
  }
  if (r.status === 'done' || (r.status && !edge.status)) edge.status = r.status;
  if (r.kind && !edge.kind) edge.kind = r.kind;
  if (r.title && !edge.title) edge.title = r.title;
  if (r.role && !edge.role) edge.role = r.role;
  edge.size = Math.min(8, 1 + Math.log2(edge.evidence.length || 1));
}
