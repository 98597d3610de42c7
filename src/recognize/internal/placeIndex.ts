import { loadGazetteer, type GazetteerEntry } from '../gazetteer.js';
import { nameKey } from './fold.js';
import { type PhraseIndex, withPrefixes } from './lexicons.js';

export interface PlaceIndex extends PhraseIndex<GazetteerEntry[]> {
  byKey: Map<string, GazetteerEntry[]>;
}

let cached: PlaceIndex | null = null;

/** Gazetteer names and aliases keyed by their folded words, built once per process. */
export function placeIndex(): PlaceIndex {
  if (cached) return cached;
  const byKey = new Map<string, GazetteerEntry[]>();
  for (const entry of loadGazetteer().entries) {
    for (const name of new Set([entry.name, ...entry.aliases])) {
      const key = nameKey(name);
      if (!key) continue;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  const index = withPrefixes(byKey);
  cached = { ...index, byKey, maxWords: Math.min(index.maxWords, 6) };
  return cached;
}
