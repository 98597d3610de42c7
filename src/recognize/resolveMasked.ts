import type { LocalityMention } from '../types.js';
import { loadGazetteer } from './gazetteer.js';

/**
 * A spam-masked province ("thị xã Điện Bàn tỉnh �") is the parent of a district named just
 * before it; every masked mention of the article then names that province. Masks that
 * cannot be resolved are dropped: a spam token is never an entity.
 */
export function resolveMasked(text: string, mentions: LocalityMention[]): LocalityMention[] {
  const masked = mentions.filter((m) => m.id.startsWith('locality:masked:'));
  if (masked.length === 0) return mentions;
  const gazetteer = loadGazetteer();
  let resolved: LocalityMention | null = null;
  for (const m of masked) {
    const before = mentions.filter((d) => d.end <= m.start && m.start - d.end <= 8 && !d.id.startsWith('locality:masked:'));
    const district = before[before.length - 1];
    if (!district || !/^[\s,]*tỉnh\s*$/i.test(text.slice(district.end, m.start))) continue;
    const parent = gazetteer.byId.get(district.id)?.parent;
    const entry = parent ? gazetteer.byId.get(parent) : undefined;
    if (entry) {
      resolved = { ...m, id: entry.id, name: entry.name, country: entry.country, kind: entry.kind, reason: 'locality.masked-by-district' };
      break;
    }
  }
  return mentions.flatMap((m) => (!m.id.startsWith('locality:masked:') ? [m] : resolved ? [{ ...resolved, start: m.start, end: m.end, text: m.text }] : []));
}
