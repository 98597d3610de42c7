import { describe, expect, it } from 'vitest';
import { foldName, loadGazetteer, type GazetteerEntry } from '../../src/recognize/gazetteer.js';

const g = loadGazetteer();
const lookup = (surface: string): GazetteerEntry[] => g.byFolded.get(foldName(surface)) ?? [];
/** The entry a surface form names: the major one when a minor place shares the name. */
const best = (surface: string): GazetteerEntry | undefined =>
  lookup(surface).find((e) => e.tier === 'major') ?? lookup(surface)[0];

describe('foldName', () => {
  it.each([
    ['Bình Định', 'binh dinh'],
    ['Ðà Lạt', 'da lat'], // U+00D0 Eth, as GeoNames writes it
    ['Thừa Thiên-Huế', 'thua thien hue'],
    ['Bà Rịa – Vũng Tàu', 'ba ria vung tau'],
    ['  Kitakyūshū ', 'kitakyushu'],
    ['Hoà Bình', 'hoa binh'],
  ])('%s → %s', (input, folded) => expect(foldName(input)).toBe(folded));
});

describe('surface forms name the expected locality', () => {
  it.each([
    ['Bình Định', 'locality:VN:binh-dinh', null, 'Gia Lai'],
    ['Quảng Nam', 'locality:VN:quang-nam', null, 'Đà Nẵng'],
    ['Gia Lai', 'locality:VN:gia-lai', null, 'Gia Lai'],
    ['TP.HCM', 'locality:VN:ho-chi-minh', null, 'Hồ Chí Minh'],
    ['TPHCM', 'locality:VN:ho-chi-minh', null, 'Hồ Chí Minh'],
    ['TP. Hồ Chí Minh', 'locality:VN:ho-chi-minh', null, 'Hồ Chí Minh'],
    ['Sài Gòn', 'locality:VN:ho-chi-minh', null, 'Hồ Chí Minh'],
    ['Hòa Bình', 'locality:VN:hoa-binh', null, 'Phú Thọ'],
    ['Hoà Bình', 'locality:VN:hoa-binh', null, 'Phú Thọ'],
    ['Thừa Thiên - Huế', 'locality:VN:thua-thien-hue', null, 'Huế'],
    ['Huế', 'locality:VN:thua-thien-hue', null, 'Huế'],
    ['BR-VT', 'locality:VN:ba-ria-vung-tau', null, 'Hồ Chí Minh'],
    ['Bà Rịa-Vũng Tàu', 'locality:VN:ba-ria-vung-tau', null, 'Hồ Chí Minh'],
    ['Đắc Lắc', 'locality:VN:dak-lak', null, 'Đắk Lắk'],
    ['Daklak', 'locality:VN:dak-lak', null, 'Đắk Lắk'],
    ['Điện Bàn', 'locality:VN:dien-ban', 'locality:VN:quang-nam', 'Đà Nẵng'],
    ['Mê Linh', 'locality:VN:me-linh', 'locality:VN:ha-noi', 'Hà Nội'],
    ['Hội An', 'locality:VN:hoi-an', 'locality:VN:quang-nam', 'Đà Nẵng'],
    ['Nha Trang', 'locality:VN:nha-trang', 'locality:VN:khanh-hoa', 'Khánh Hòa'],
    ['Đà Lạt', 'locality:VN:da-lat', 'locality:VN:lam-dong', 'Lâm Đồng'],
    ['Vũng Tàu', 'locality:VN:vung-tau', 'locality:VN:ba-ria-vung-tau', 'Hồ Chí Minh'],
    ['Quy Nhơn', 'locality:VN:quy-nhon', 'locality:VN:binh-dinh', 'Gia Lai'],
    ['Izumisano', 'locality:JP:izumisano', 'locality:JP:osaka', null],
    ['Kinokawa', 'locality:JP:kinokawa', 'locality:JP:wakayama', null],
    ['Kitakyushu', 'locality:JP:kitakyushu', 'locality:JP:fukuoka', null],
    ['Kitakyūshū', 'locality:JP:kitakyushu', 'locality:JP:fukuoka', null],
    ['Fukuoka', 'locality:JP:fukuoka', null, null],
    ['Ōsaka', 'locality:JP:osaka', null, null],
    ['Osaka-fu', 'locality:JP:osaka', null, null],
    ['Hyōgo', 'locality:JP:hyogo', null, null],
    ['Yamaguchi', 'locality:JP:yamaguchi', null, null],
    ['Tsukubamirai', 'locality:JP:tsukuba-mirai', 'locality:JP:ibaraki', null],
    ['Cửu Châu', 'locality:JP:kyushu', null, null],
    ['Kinki', 'locality:JP:kansai', null, null],
    ['Ryukyu', 'locality:JP:okinawa', null, null],
  ])('%s → %s', (surface, id, parent, currentUnit) => {
    const e = best(surface);
    expect(e?.id).toBe(id);
    expect(e?.parent).toBe(parent);
    expect(e?.currentUnit).toBe(currentUnit);
  });
});

describe('kinds, tiers and the 2025 merger', () => {
  const vnMajor = g.entries.filter((e) => e.country === 'VN' && e.tier === 'major');
  it('has the 63 pre-2025 units, 34 of which exist after 1 July 2025', () => {
    expect(vnMajor).toHaveLength(63);
    expect(vnMajor.filter((e) => e.currentUnit === e.name || e.name === 'Thừa Thiên Huế')).toHaveLength(34);
    expect(vnMajor.filter((e) => e.formerUnits.length > 0).flatMap((e) => e.formerUnits)).toHaveLength(29);
  });
  it('has 47 prefectures and no Japanese city that shares its prefecture name', () => {
    expect(g.entries.filter((e) => e.kind === 'prefecture')).toHaveLength(47);
    expect(lookup('Fukuoka').map((e) => e.id)).toEqual(['locality:JP:fukuoka']);
  });
  it.each([
    ['Phú Thọ', ['Vĩnh Phúc', 'Hòa Bình']],
    ['Hồ Chí Minh', ['Bình Dương', 'Bà Rịa - Vũng Tàu']],
    ['Hà Nội', []],
  ])('%s absorbed %j', (name, former) => expect(best(name)?.formerUnits).toEqual(former));
  it.each([
    ['Bình Định', 'province', 'major'],
    ['Đà Nẵng', 'city', 'major'],
    ['Osaka', 'prefecture', 'major'],
    ['Kyushu', 'region', 'major'],
    ['Izumisano', 'city', 'minor'],
    ['Mê Linh', 'district', 'minor'],
  ])('%s is a %s (%s)', (name, kind, tier) => {
    expect(best(name)?.kind).toBe(kind);
    expect(best(name)?.tier).toBe(tier);
  });
  it('every minor entry has a parent that exists, and ids are unique', () => {
    const home = (x: { country: string }) => x.country === 'VN' || x.country === 'JP';
    for (const e of g.entries.filter((x) => x.tier === 'minor' && home(x))) expect(g.byId.get(e.parent ?? '')?.tier).toBe('major');
    expect(new Set(g.entries.map((e) => e.id)).size).toBe(g.entries.length);
  });
  it.each([
    ['Sakai', 'locality:JP:sakai', 'locality:JP:osaka'],
    ['Yokohama', 'locality:JP:yokohama', 'locality:JP:kanagawa'],
    ['Sơn Tây', 'locality:VN:son-tay', 'locality:VN:ha-noi'],
  ])('a shared name lists its primary place first: %s', (name, id, parent) => {
    expect(lookup(name)[0]?.id).toBe(id);
    expect(lookup(name)[0]?.parent).toBe(parent);
    expect(lookup(name).length).toBeGreaterThan(1);
  });
  it('a name shared by several districts keeps every one, each id naming its province', () => {
    const ids = lookup('Châu Thành').map((e) => e.id);
    expect(ids).toContain('locality:VN:chau-thanh-tien-giang');
    expect(ids.length).toBeGreaterThan(5);
  });
  it('coordinates are present for every major entry and plausible', () => {
    for (const e of g.entries.filter((x) => x.tier === 'major' && (x.country === 'VN' || x.country === 'JP'))) {
      const [lat, lng] = e.country === 'VN' ? [[8, 24], [102, 110]] : [[24, 46], [122, 146]];
      expect(e.lat, e.id).toBeGreaterThan(lat![0]!);
      expect(e.lat, e.id).toBeLessThan(lat![1]!);
      expect(e.lng, e.id).toBeGreaterThan(lng![0]!);
      expect(e.lng, e.id).toBeLessThan(lng![1]!);
    }
  });
  it.each(['Date', 'Hashimoto', 'Toyota', 'Tsu', 'Một'])('drops the stop-name %s', (name) => {
    expect(lookup(name).filter((e) => e.tier === 'minor')).toEqual([]);
  });
  it('the merger table agrees with itself: each absorbed province names its new unit', () => {
    const byName = new Map(vnMajor.map((e) => [e.name, e]));
    for (const e of vnMajor.filter((x) => x.formerUnits.length > 0)) {
      for (const f of e.formerUnits) expect(byName.get(f)?.currentUnit, f).toBe(e.name);
    }
    for (const e of vnMajor.filter((x) => x.currentUnit !== x.name && x.name !== 'Thừa Thiên Huế')) {
      expect(byName.get(e.currentUnit ?? '')?.formerUnits, e.name).toContain(e.name);
    }
  });
  it.each([
    ['Hòa Bình', 'Hoà Bình'],
    ['Thanh Hóa', 'Thanh Hoá'],
    ['Khánh Hòa', 'Khánh Hoà'],
    ['Biên Hòa', 'Biên Hoà'],
    ['Thủy Nguyên', 'Thuỷ Nguyên'],
  ])('lists both tone placements: %s / %s', (name, other) => {
    expect(best(name)?.aliases).toContain(other);
  });
  it('is built once', () => expect(loadGazetteer()).toBe(g));
});

describe('foreign places (world-places.json)', () => {
  const foreign = g.entries.filter((e) => e.country !== 'VN' && e.country !== 'JP');
  it('every entry has a country code, coordinates and a unique id', () => {
    expect(foreign.length).toBeGreaterThan(400);
    for (const e of foreign) {
      expect(e.country, e.name).toMatch(/^[A-Z]{2}$/);
      expect(e.id.startsWith(`locality:${e.country}:`), e.id).toBe(true);
      expect(Math.abs(e.lat ?? 999), e.id).toBeLessThanOrEqual(90);
      expect(Math.abs(e.lng ?? 999), e.id).toBeLessThanOrEqual(180);
    }
    expect(new Set(g.entries.map((e) => e.id)).size).toBe(g.entries.length);
  });
  it('a city lies within 15° of the division it belongs to', () => {
    for (const e of foreign.filter((x) => x.parent)) {
      const p = g.byId.get(e.parent!)!;
      expect(p.country, e.id).toBe(e.country);
      expect(Math.hypot(p.lat! - e.lat!, p.lng! - e.lng!), e.id).toBeLessThan(15);
    }
  });
  it('a foreign name belongs to one country only', () => {
    for (const e of foreign) {
      const countries = new Set(lookup(e.name).filter((x) => x.country !== 'VN' && x.country !== 'JP').map((x) => x.country));
      expect([...countries], e.name).toEqual([e.country]);
    }
  });
  it.each([
    ['Quảng Tây', 'locality:CN:quang-tay', 'region', 'major'],
    ['Guangxi', 'locality:CN:quang-tay', 'region', 'major'],
    ['U Đôm Xay', 'locality:LA:oudomxay', 'province', 'major'],
    ['Xay Nhạ Bu Ly', 'locality:LA:xayaboury', 'province', 'major'],
    ['Kampong Chhnang', 'locality:KH:kampong-chhnang', 'province', 'major'],
    ['Bắc Gyeongsang', 'locality:KR:bac-gyeongsang', 'province', 'major'],
    ['Tây Úc', 'locality:AU:tay-uc', 'state', 'major'],
    ['Xanh Pê-téc-bua', 'locality:RU:saint-petersburg', 'city', 'major'],
    ['Matxcơva', 'locality:RU:moskva', 'city', 'major'],
    ['Washington D.C.', 'locality:US:washington-d-c', 'city', 'major'],
    ['Ham-buốc', 'locality:DE:hamburg', 'city', 'major'],
    ['Thâm Quyến', 'locality:CN:tham-quyen', 'city', 'major'],
    ['Victoria', 'locality:AU:victoria', 'state', 'minor'],
  ])('%s is %s (%s, %s)', (name, id, kind, tier) => {
    const e = lookup(name).find((x) => x.country !== 'VN' && x.country !== 'JP');
    expect(e?.id).toBe(id);
    expect(e?.kind).toBe(kind);
    expect(e?.tier).toBe(tier);
  });
  it('a city names its division as parent: Nam Ninh in Quảng Tây, New York city in the state', () => {
    expect(g.byId.get('locality:CN:nam-ninh')?.parent).toBe('locality:CN:quang-tay');
    expect(g.byId.get('locality:US:new-york')?.parent).toBe('locality:US:new-york-state');
  });
});
