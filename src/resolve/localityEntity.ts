import { loadGazetteer } from '../recognize/gazetteer.js';
import type { ExtractedEntity, LocalityMention } from '../types.js';

/** A locality entity with the gazetteer's facts (coordinates, parent, unit after the 2025 merger). */
export function localityEntity(m: LocalityMention): ExtractedEntity {
  const g = loadGazetteer().byId.get(m.id);
  return {
    id: m.id, type: 'Locality', name: g?.name ?? m.name, aliases: [], mentions: [],
    kind: g?.kind ?? m.kind, country: g?.country ?? m.country, parent: g?.parent ?? null,
    lat: g?.lat ?? null, lng: g?.lng ?? null, currentUnit: g?.currentUnit ?? null, formerUnits: g?.formerUnits ?? [],
  };
}
