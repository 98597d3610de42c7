import type { LocalityMention } from '../../types.js';
import type { GazetteerEntry } from '../gazetteer.js';

const LOCAL = new Set(['district', 'town', 'commune']);
/** The units named right after a place in the same clause: "xã Phú Tân, huyện Châu Thành, tỉnh Sóc Trăng". */
function followers(text: string, sorted: LocalityMention[], k: number): LocalityMention[] {
  const out: LocalityMention[] = [];
  let end = sorted[k]!.end;
  for (let j = k + 1; j < sorted.length; j++) {
    const n = sorted[j]!;
    if (n.start - end > 40 || /[.;:!?\n]/.test(text.slice(end, n.start))) break;
    out.push(n);
    end = n.end;
  }
  return out;
}

const as = (m: LocalityMention, e: GazetteerEntry): LocalityMention => ({ ...m, id: e.id, name: e.name, country: e.country, kind: e.kind });

/**
 * Same-named units are told apart by the province the text names after them, never guessed:
 * a gazetteer name shared by several places takes the one whose parent follows; a commune or
 * district missing from the gazetteer carries the following province in its id (else its bare name).
 */
export function resolveByParent(text: string, found: LocalityMention[], alternatives: Map<LocalityMention, GazetteerEntry[]>): LocalityMention[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  return sorted.map((m, k) => {
    const alts = alternatives.get(m);
    const next = followers(text, sorted, k);
    if (alts) {
      const hit = alts.find((e) => next.some((n) => n.id === e.parent));
      return hit ? as(m, hit) : m;
    }
    if (m.reason.startsWith('pattern.') && m.country === 'VN' && LOCAL.has(m.kind)) {
      const province = next.find((n) => n.country === 'VN' && !LOCAL.has(n.kind) && n.reason.startsWith('gazetteer.'));
      if (province) return { ...m, id: `${m.id}-${province.id.split(':')[2]}` };
    }
    return m;
  });
}
