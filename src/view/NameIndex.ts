import type { NodeType } from '../types.js';
import { fold } from './internal/fold.js';

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
  /** 0 exact name, 1 prefix, 2 word prefix, 3 substring: hits from two indexes merge by it. */
  rank: number;
  /** Ties go to the better-connected node. */
  weight: number;
}

interface Entry {
  key: string;
  label: string;
  type: NodeType;
  /** Folded label and name variants. */
  names: string[];
  weight: number;
}

/**
 * Diacritics-insensitive search over labels and name variants ("binh dinh" finds Bình Định).
 * Ranking: exact name, then prefix, then word prefix, then substring; ties go to the better-connected node.
 * The page searches the nodes it has loaded; `kg view` searches the rest (src/view/ViewData.ts).
 */
export class NameIndex {
  private readonly entries: Entry[] = [];

  add(key: string, label: string, type: NodeType, variants: string[], weight: number): void {
    const names = [...new Set([label, ...variants].filter(Boolean).map(fold))];
    this.entries.push({ key, label, type, names, weight });
  }

  search(query: string, limit = 10): SearchHit[] {
    const q = fold(query);
    if (!q) return [];
    const scored: SearchHit[] = [];
    for (const entry of this.entries) {
      let best = Infinity;
      for (const name of entry.names) best = Math.min(best, rankOf(name, q));
      if (best < Infinity) scored.push({ key: entry.key, label: entry.label, type: entry.type, rank: best, weight: entry.weight });
    }
    return scored.sort(compareHits).slice(0, limit);
  }
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return a.rank - b.rank || b.weight - a.weight || a.label.localeCompare(b.label);
}

function rankOf(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  const at = name.indexOf(q);
  if (at < 0) return Infinity;
  return /[\s\-(,.]/.test(name[at - 1] ?? '') ? 2 : 3;
}
