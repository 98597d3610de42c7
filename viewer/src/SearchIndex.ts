import type { KgGraph, NodeType } from '../../src/types.js';
import type { FirstView } from '../../src/view/ViewPayload.js';
import { fold } from './internal/fold.js';

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
}

interface Entry extends SearchHit {
  /** Folded label and name variants. */
  names: string[];
  weight: number;
}

/**
 * Diacritics-insensitive search over labels and name variants ("binh dinh" finds Bình Định).
 * Ranking: exact name, then prefix, then word prefix, then substring; ties go to the better-connected node.
 */
export class SearchIndex {
  private readonly entries: Entry[] = [];

  /** `others`: nodes the server has not sent yet (the first view of a corpus-scale graph), searchable all the same. */
  constructor(graph: KgGraph, others: FirstView['others'] = []) {
    graph.forEachNode((key, attrs) => {
      const variants = 'variants' in attrs && Array.isArray(attrs.variants) ? attrs.variants : [];
      this.add(key, attrs.label, attrs.type, variants, graph.degree(key));
    });
    for (const [key, label, type, degree, variants] of others) {
      if (!graph.hasNode(key)) this.add(key, label, type, variants, degree);
    }
  }

  private add(key: string, label: string, type: NodeType, variants: string[], weight: number): void {
    const names = [...new Set([label, ...variants].filter(Boolean).map(fold))];
    this.entries.push({ key, label, type, names, weight });
  }

  search(query: string, limit = 10): SearchHit[] {
    const q = fold(query);
    if (!q) return [];
    const scored: { entry: Entry; rank: number }[] = [];
    for (const entry of this.entries) {
      let best = Infinity;
      for (const name of entry.names) best = Math.min(best, rankOf(name, q));
      if (best < Infinity) scored.push({ entry, rank: best });
    }
    scored.sort((a, b) => a.rank - b.rank || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label));
    return scored.slice(0, limit).map(({ entry }) => ({ key: entry.key, label: entry.label, type: entry.type }));
  }
}

function rankOf(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  const at = name.indexOf(q);
  if (at < 0) return Infinity;
  return /[\s\-(,.]/.test(name[at - 1] ?? '') ? 2 : 3;
}
