import { cleanLabel } from '../clean/cleanLabel.js';
import { MASK } from '../clean/maskSpam.js';
import { slug } from '../recognize/internal/fold.js';
import type { CleanArticle, ExtractedEntity, Mention, PersonMention, Recognized, ResolvedArticle } from '../types.js';
import foreignLocalTitles from './lexicon/foreign-local-titles.json' with { type: 'json' };
import { localityEntity } from './localityEntity.js';
import { personId } from './personKey.js';

export { personId } from './personKey.js';
export { localityEntity } from './localityEntity.js';

/** Titles of foreign local offices ("Thống đốc", "Tỉnh trưởng"), with or without "Phó": such a person acts for a foreign place. */
const FOREIGN_LOCAL_TITLE = new RegExp(`^(?:Phó )?(?:${foreignLocalTitles.join('|')})`, 'i');

function addMention(e: ExtractedEntity, m: Mention, written: string): void {
  e.mentions.push({ type: m.type, start: m.start, end: m.end, text: m.text, reason: m.reason });
  // A spam-masked surface ("tỉnh �") is no name the place goes by.
  if (written.includes(MASK)) return;
  const surface = cleanLabel(written);
  if (surface !== '' && surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
}

/** resolve stage: mentions → the article's entities, with global ids and affiliations. */
export function resolve(article: CleanArticle, recognized: Recognized): ResolvedArticle {
  const entities = new Map<string, ExtractedEntity>();
  const counts = new Map<string, number>();
  for (const m of recognized.localities) {
    const e = entities.get(m.id) ?? localityEntity(m);
    entities.set(m.id, e);
    addMention(e, m, m.text);
    counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const country = (id: string) => entities.get(id)?.country;
  const dominant = {
    vn: ranked.find(([id]) => country(id) === 'VN')?.[0] ?? null,
    foreign: ranked.find(([id]) => country(id) && country(id) !== 'VN')?.[0] ?? null,
  };

  const personIds = recognized.persons.map((m) => personId(m.name));
  const affiliations = new Map<string, string>();
  recognized.persons.forEach((m, k) => {
    const id = personIds[k]!;
    let e = entities.get(id);
    if (!e) {
      e = { id, type: 'Person', name: cleanLabel(m.name), aliases: [], mentions: [], titles: [], country: m.country };
      entities.set(id, e);
    }
    addMention(e, m, m.text);
    const title = m.title ? cleanLabel(m.title) : '';
    if (title && !m.partial && !e.titles!.includes(title)) e.titles!.push(title);
    e.country ??= m.country;
    const place = affiliationOf(m, recognized, dominant);
    if (place && !affiliations.has(id)) affiliations.set(id, place);
  });
  for (const [id, place] of affiliations) entities.get(id)!.affiliation = place;

  for (const m of recognized.organizations) {
    const id = `org:${slug(m.name)}`;
    const e = entities.get(id) ?? { id, type: 'Organization' as const, name: m.name, aliases: [...m.aliases], mentions: [], affiliation: m.locality, country: m.locality ? country(m.locality) ?? null : null };
    entities.set(id, e);
    addMention(e, m, m.name);
  }
  return { article, recognized, entities, personIds, affiliations, dominant };
}

/**
 * The locality a person acts for: the place their title names; for an unnamed one
 * ("Phó Chủ tịch UBND tỉnh", "Thị trưởng thành phố") the nearest place of that side
 * named before in the sentence, else the article's main place on that side.
 */
function affiliationOf(m: PersonMention, r: Recognized, dominant: ResolvedArticle['dominant']): string | null {
  if (m.affiliation) return m.affiliation;
  if (!m.unnamedUnit || m.level === 'national') return null;
  const foreignTitle = FOREIGN_LOCAL_TITLE.test(m.title ?? '') || (m.country !== null && m.country !== 'VN');
  const sameSide = (id: string, c: string | null) => (foreignTitle ? c !== null && c !== 'VN' : c === 'VN') && !id.startsWith('locality:masked');
  const before = r.localities.filter((l) => l.end <= m.start && m.start - l.end < 200 && sameSide(l.id, l.country));
  return before[before.length - 1]?.id ?? (foreignTitle ? dominant.foreign : dominant.vn);
}
