import type { CountryCode, LocalityKind } from '../../types.js';
import worldPlaces from '../lexicon/world-places.json' with { type: 'json' };

/** A foreign division or city of world-places.json, before the gazetteer gives it an id. */
export interface WorldDraft {
  name: string;
  aliases: string[];
  kind: LocalityKind;
  country: CountryCode;
  /** Name of the division the city lies in, in the same file; resolved to an id once ids exist. */
  parentName: string | null;
  lat: number | null;
  lng: number | null;
  /** First-level divisions and big cities are 'major'; names that are also common words or other places 'minor'. */
  tier: 'major' | 'minor';
}

export function worldDrafts(): WorldDraft[] {
  return worldPlaces.map((w) => ({
    name: w.name, aliases: w.aliases, kind: w.kind as LocalityKind, country: w.country, parentName: w.parent,
    lat: w.lat, lng: w.lng, tier: 'tier' in w && w.tier === 'minor' ? 'minor' : 'major',
  }));
}
