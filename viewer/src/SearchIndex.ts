import type { KgGraph, NodeType } from '../../src/types.js';
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

  constructor(graph: KgGraph) {
    graph.forEachNode((key, attrs) => {
      const variants = 'variants' in attrs && Array.isArray(attrs.variants) ? attrs.variants : [];
      const names = [...new Set([attrs.label, ...variants].filter(Boolean).map(fold))];
      this.entries.push({ key, label: attrs.label, type: attrs.type, names, weight: graph.degree(key) });
    });
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
