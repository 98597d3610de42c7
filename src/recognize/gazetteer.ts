import type { CountryCode, LocalityKind } from '../types.js';
import jpMunicipalities from './lexicon/jp-municipalities.json' with { type: 'json' };
import jpPrefectures from './lexicon/jp-prefectures.json' with { type: 'json' };
import stopnames from './lexicon/place-stopnames.json' with { type: 'json' };
import regions from './lexicon/regions.json' with { type: 'json' };
import vnPlaces from './lexicon/vn-places.json' with { type: 'json' };
import vnProvinces from './lexicon/vn-provinces.json' with { type: 'json' };
import { worldDrafts } from './internal/worldDrafts.js';

/**
 * A known place. Provinces, prefectures, regions, foreign first-level divisions and big foreign cities
 * are 'major'; municipalities, districts and foreign names that are also common words 'minor'.
 */
export interface GazetteerEntry {
  /** `locality:<CC>:<slug>`; a minor name shared with another entry gets its parent's slug appended. */
  id: string;
  name: string;
  aliases: string[];
  kind: LocalityKind;
  country: CountryCode;
  /** Id of the province/prefecture/state (the pre-2025 province for Vietnamese districts). */
  parent: string | null;
  lat: number | null;
  lng: number | null;
  /** Vietnam: name of the province the place belongs to since 1 July 2025. */
  currentUnit: string | null;
  /** Vietnam: pre-2025 provinces merged into this one. */
  formerUnits: string[];
  tier: 'major' | 'minor';
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** foldName() of every name and alias → the entries carrying it. */
  byFolded: Map<string, GazetteerEntry[]>;
}

/** Lowercase, marks stripped, đ/Đ/Ð → d, runs of spaces, hyphens and dashes → one space. */
export function foldName(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/g, 'd')
    .replace(/[\s\-‐‑‒–—]+/g, ' ').trim();
}

const slugs = new Map<string, string>();
function slugOf(s: string): string {
  let slug = slugs.get(s);
  if (slug === undefined) slugs.set(s, (slug = foldName(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-')));
  return slug;
}

/** parentSlug tells apart same-named places; parentName (foreign places) is resolved to an id once ids exist. */
type Draft = Omit<GazetteerEntry, 'id'> & { slug: string; parentSlug: string | null; primary: boolean; parentName?: string | null };

function majorDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (const p of vnProvinces) {
    drafts.push({ name: p.name, aliases: p.aliases, kind: p.kind as LocalityKind, country: 'VN', parent: null,
      lat: p.lat, lng: p.lng, currentUnit: p.currentUnit, formerUnits: p.formerUnits, tier: 'major',
      slug: slugOf(p.name), parentSlug: null, primary: true });
  }
  // Hokkaido and Okinawa are regions of one prefecture: the region's aliases go to the prefecture.
  const extra = new Map<string, string[]>();
  for (const r of regions) if (r.prefectures.length === 1 && r.prefectures[0] === r.name) extra.set(r.name, r.aliases);
  for (const p of jpPrefectures) {
    drafts.push({ name: p.name, aliases: [...new Set([...p.aliases, ...(extra.get(p.name) ?? [])])], kind: 'prefecture',
      country: 'JP', parent: null, lat: p.lat, lng: p.lng, currentUnit: null, formerUnits: [], tier: 'major',
      slug: slugOf(p.name), parentSlug: null, primary: true });
  }
  for (const r of regions) {
    if (extra.has(r.name)) continue;
    drafts.push({ name: r.name, aliases: r.aliases, kind: 'region', country: r.country, parent: null, lat: r.lat,
      lng: r.lng, currentUnit: null, formerUnits: [], tier: 'major', slug: slugOf(r.name), parentSlug: null, primary: true });
  }
  return drafts;
}

function build(): Gazetteer {
  // "auto:" stop-names were applied by tools/gazetteer/build.mjs with their context (own province only);
  // hand-written ones apply here, so editing the list needs no regeneration.
  const stop = new Set(stopnames.filter((s) => !s.reason.startsWith('auto:')).map((s) => `${s.country}|${foldName(s.name)}`));
  const drafts = majorDrafts();
  const currentOf = new Map(vnProvinces.map((p) => [p.name, p.currentUnit]));
  for (const m of jpMunicipalities) {
    if (stop.has(`JP|${foldName(m.name)}`)) continue;
    drafts.push({ name: m.name, aliases: m.aliases, kind: m.kind as LocalityKind, country: 'JP',
      parent: `locality:JP:${slugOf(m.prefecture)}`, lat: m.lat, lng: m.lng, currentUnit: null, formerUnits: [],
      tier: 'minor', slug: slugOf(m.name), parentSlug: slugOf(m.prefecture), primary: 'primary' in m });
  }
  // A foreign name used twice in its country ("New York" city and state) is told apart by its kind.
  for (const w of worldDrafts()) {
    drafts.push({ name: w.name, aliases: w.aliases, kind: w.kind, country: w.country, parent: null, lat: w.lat, lng: w.lng,
      currentUnit: null, formerUnits: [], tier: w.tier, slug: slugOf(w.name), parentSlug: w.kind, primary: w.tier === 'major',
      parentName: w.parentName });
  }
  for (const v of vnPlaces) {
    if (stop.has(`VN|${foldName(v.name)}`)) continue;
    drafts.push({ name: v.name, aliases: v.aliases, kind: v.kind as LocalityKind, country: 'VN',
      parent: `locality:VN:${slugOf(v.province)}`, lat: v.lat, lng: v.lng, currentUnit: currentOf.get(v.province) ?? null,
      formerUnits: [], tier: 'minor', slug: slugOf(v.name), parentSlug: slugOf(v.province), primary: 'primary' in v });
  }

  // byFolded lists keep this order: major entries, then the primary place of a shared name, then the rest.
  drafts.sort((a, b) => Number(b.tier === 'major') - Number(a.tier === 'major') || Number(b.primary) - Number(a.primary));

  // A slug used twice in a country keeps its bare id for a major entry, else for the minor one the data
  // marks primary (a designated city, or the only city: Sakai in Osaka); the others add their parent's slug.
  const uses = new Map<string, number>();
  const majorSlugs = new Set(drafts.filter((d) => d.tier === 'major').map((d) => `${d.country}:${d.slug}`));
  for (const d of drafts) uses.set(`${d.country}:${d.slug}`, (uses.get(`${d.country}:${d.slug}`) ?? 0) + 1);
  const entries: GazetteerEntry[] = [];
  const byId = new Map<string, GazetteerEntry>();
  const byFolded = new Map<string, GazetteerEntry[]>();
  const foreignParents: Array<[GazetteerEntry, string]> = [];
  for (const { slug, parentSlug, primary, parentName, ...d } of drafts) {
    const key = `${d.country}:${slug}`;
    const bare = d.tier === 'major' || (uses.get(key) ?? 0) === 1 || (primary && !majorSlugs.has(key));
    let id = `locality:${d.country}:${bare ? slug : `${slug}-${parentSlug}`}`;
    if (byId.has(id)) id = `${id}-${d.kind}`;
    if (byId.has(id)) throw new Error(`Gazetteer: duplicate id ${id} in src/recognize/lexicon/; rerun tools/gazetteer/build.mjs`);
    const entry: GazetteerEntry = { id, ...d };
    entries.push(entry);
    byId.set(id, entry);
    if (parentName) foreignParents.push([entry, parentName]);
    for (const folded of new Set([d.name, ...d.aliases].map(foldName))) {
      const list = byFolded.get(folded);
      if (!list) byFolded.set(folded, [entry]);
      else list.push(entry);
    }
  }
  // A city's parent is the division of that name in its country ("New York" the state, not the city).
  const divisions = new Map(entries.filter((e) => e.kind !== 'city').map((e) => [`${e.country}|${e.name}`, e.id]));
  const cities = new Map(entries.filter((e) => e.kind === 'city').map((e) => [`${e.country}|${e.name}`, e.id]));
  for (const [e, name] of foreignParents) e.parent = divisions.get(`${e.country}|${name}`) ?? cities.get(`${e.country}|${name}`) ?? null;
  return { entries, byId, byFolded };
}

let cached: Gazetteer | null = null;

/** Every known locality, built once per process from the JSON lexicons in src/recognize/lexicon/. */
export function loadGazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
