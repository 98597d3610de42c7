import { loadGazetteer, type GazetteerEntry } from '../gazetteer.js';
import { nameKey } from './fold.js';

export interface PlaceIndex {
  byKey: Map<string, GazetteerEntry[]>;
  maxWords: number;
}

let cached: PlaceIndex | null = null;

/** Gazetteer names and aliases keyed by their folded words, built once per process. */
export function placeIndex(): PlaceIndex {
  if (cached) return cached;
  const byKey = new Map<string, GazetteerEntry[]>();
  let maxWords = 1;
  for (const entry of loadGazetteer().entries) {
    for (const name of new Set([entry.name, ...entry.aliases])) {
      const key = nameKey(name);
      if (!key) continue;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  cached = { byKey, maxWords: Math.min(maxWords, 6) };
  return cached;
}
