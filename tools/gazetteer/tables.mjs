// General-knowledge tables used by build.mjs (no article-specific facts).

/** Pre-2025 capital of each province (for coordinates), and the post-2025 GeoNames admin1 code it lies in. */
export const CAPITALS = {
  'Hà Nội': { names: ['Hanoi'], admin1: '01' }, 'Hà Giang': { names: ['Hà Giang'], admin1: '08' },
  'Cao Bằng': { names: ['Cao Bằng'], admin1: '04' }, 'Bắc Kạn': { names: ['Bắc Kạn'], admin1: '19' },
  'Tuyên Quang': { names: ['Tuyên Quang'], admin1: '08' }, 'Lào Cai': { names: ['Lào Cai'], admin1: '15' },
  'Điện Biên': { names: ['Điện Biên Phủ', 'Dien Bien Phu'], admin1: '11' }, 'Lai Châu': { names: ['Lai Châu'], admin1: '12' },
  'Sơn La': { names: ['Sơn La'], admin1: '14' }, 'Yên Bái': { names: ['Yên Bái'], admin1: '15' },
  'Hòa Bình': { names: ['Hòa Bình'], admin1: '25' }, 'Thái Nguyên': { names: ['Thái Nguyên'], admin1: '19' },
  'Lạng Sơn': { names: ['Lạng Sơn'], admin1: '20' }, 'Quảng Ninh': { names: ['Hạ Long'], admin1: '22' },
  'Bắc Giang': { names: ['Bắc Giang'], admin1: '24' }, 'Phú Thọ': { names: ['Việt Trì'], admin1: '25' },
  'Vĩnh Phúc': { names: ['Vĩnh Yên'], admin1: '25' }, 'Bắc Ninh': { names: ['Bắc Ninh'], admin1: '24' },
  'Hải Dương': { names: ['Hải Dương'], admin1: '31' }, 'Hải Phòng': { names: ['Haiphong'], admin1: '31' },
  'Hưng Yên': { names: ['Hưng Yên'], admin1: '33' }, 'Thái Bình': { names: ['Thái Bình'], admin1: '33' },
  'Hà Nam': { names: ['Phủ Lý'], admin1: '37' }, 'Nam Định': { names: ['Nam Định'], admin1: '37' },
  'Ninh Bình': { names: ['Ninh Bình'], admin1: '37' }, 'Thanh Hóa': { names: ['Thanh Hóa'], admin1: '38' },
  'Nghệ An': { names: ['Vinh'], admin1: '40' }, 'Hà Tĩnh': { names: ['Hà Tĩnh'], admin1: '42' },
  'Quảng Bình': { names: ['Đồng Hới'], admin1: '44' }, 'Quảng Trị': { names: ['Đông Hà'], admin1: '44' },
  'Thừa Thiên Huế': { names: ['Huế'], admin1: '46' }, 'Đà Nẵng': { names: ['Da Nang'], admin1: '48' },
  'Quảng Nam': { names: ['Tam Kỳ'], admin1: '48' }, 'Quảng Ngãi': { names: ['Quảng Ngãi'], admin1: '51' },
  'Bình Định': { names: ['Quy Nhơn', 'Qui Nhon'], admin1: '52' }, 'Phú Yên': { names: ['Tuy Hòa'], admin1: '66' },
  'Khánh Hòa': { names: ['Nha Trang'], admin1: '56' }, 'Ninh Thuận': { names: ['Phan Rang-Tháp Chàm'], admin1: '56' },
  'Bình Thuận': { names: ['Phan Thiết'], admin1: '68' }, 'Kon Tum': { names: ['Kon Tum'], admin1: '51' },
  'Gia Lai': { names: ['Pleiku'], admin1: '52' }, 'Đắk Lắk': { names: ['Buôn Ma Thuột'], admin1: '66' },
  'Đắk Nông': { names: ['Gia Nghĩa'], admin1: '68' }, 'Lâm Đồng': { names: ['Đà Lạt'], admin1: '68' },
  'Bình Phước': { names: ['Đồng Xoài'], admin1: '75' }, 'Tây Ninh': { names: ['Tây Ninh'], admin1: '80' },
  'Bình Dương': { names: ['Thủ Dầu Một'], admin1: '79' }, 'Đồng Nai': { names: ['Biên Hòa'], admin1: '75' },
  'Bà Rịa - Vũng Tàu': { names: ['Thành Phố Bà Rịa', 'Bà Rịa'], admin1: '79' },
  'Hồ Chí Minh': { names: ['Ho Chi Minh City'], admin1: '79' }, 'Long An': { names: ['Tân An'], admin1: '80' },
  'Tiền Giang': { names: ['Mỹ Tho'], admin1: '82' }, 'Bến Tre': { names: ['Bến Tre'], admin1: '86' },
  'Trà Vinh': { names: ['Trà Vinh'], admin1: '86' }, 'Vĩnh Long': { names: ['Vĩnh Long'], admin1: '86' },
  'Đồng Tháp': { names: ['Cao Lãnh'], admin1: '82' }, 'An Giang': { names: ['Long Xuyên'], admin1: '91' },
  'Kiên Giang': { names: ['Rạch Giá'], admin1: '91' }, 'Cần Thơ': { names: ['Cần Thơ'], admin1: '92' },
  'Hậu Giang': { names: ['Vị Thanh'], admin1: '92' }, 'Sóc Trăng': { names: ['Sóc Trăng'], admin1: '92' },
  'Bạc Liêu': { names: ['Bạc Liêu'], admin1: '96' }, 'Cà Mau': { names: ['Cà Mau'], admin1: '96' },
};

/**
 * First GSO district code of each pre-2025 province (district codes are numbered by province;
 * Hà Nội has a second block, the former Hà Tây, from 268).
 */
export const DISTRICT_CODE_STARTS = [
  [1, 'Hà Nội'], [24, 'Hà Giang'], [40, 'Cao Bằng'], [58, 'Bắc Kạn'], [70, 'Tuyên Quang'], [80, 'Lào Cai'],
  [94, 'Điện Biên'], [105, 'Lai Châu'], [116, 'Sơn La'], [132, 'Yên Bái'], [148, 'Hòa Bình'], [164, 'Thái Nguyên'],
  [178, 'Lạng Sơn'], [193, 'Quảng Ninh'], [213, 'Bắc Giang'], [227, 'Phú Thọ'], [243, 'Vĩnh Phúc'], [256, 'Bắc Ninh'],
  [268, 'Hà Nội'], [288, 'Hải Dương'], [303, 'Hải Phòng'], [323, 'Hưng Yên'], [336, 'Thái Bình'], [347, 'Hà Nam'],
  [356, 'Nam Định'], [369, 'Ninh Bình'], [380, 'Thanh Hóa'], [412, 'Nghệ An'], [436, 'Hà Tĩnh'], [450, 'Quảng Bình'],
  [461, 'Quảng Trị'], [474, 'Thừa Thiên Huế'], [490, 'Đà Nẵng'], [502, 'Quảng Nam'], [522, 'Quảng Ngãi'],
  [540, 'Bình Định'], [555, 'Phú Yên'], [568, 'Khánh Hòa'], [582, 'Ninh Thuận'], [593, 'Bình Thuận'], [608, 'Kon Tum'],
  [622, 'Gia Lai'], [643, 'Đắk Lắk'], [660, 'Đắk Nông'], [672, 'Lâm Đồng'], [688, 'Bình Phước'], [703, 'Tây Ninh'],
  [718, 'Bình Dương'], [731, 'Đồng Nai'], [747, 'Bà Rịa - Vũng Tàu'], [760, 'Hồ Chí Minh'], [794, 'Long An'],
  [815, 'Tiền Giang'], [829, 'Bến Tre'], [842, 'Trà Vinh'], [855, 'Vĩnh Long'], [866, 'Đồng Tháp'], [883, 'An Giang'],
  [899, 'Kiên Giang'], [916, 'Cần Thơ'], [930, 'Hậu Giang'], [941, 'Sóc Trăng'], [954, 'Bạc Liêu'], [964, 'Cà Mau'],
];

/** GeoNames district names written without diacritics, misspelt or in English, corrected. */
export const VN_NAME_FIXES = {
  'Phuc Hoa': 'Phục Hòa', 'Phu Cat': 'Phù Cát', 'Sa Dec': 'Sa Đéc', 'Kien Luong': 'Kiên Lương', 'Phu Nhuan': 'Phú Nhuận',
  'Bảo Lac': 'Bảo Lạc', 'Mưòng Lay': 'Mường Lay', 'Mưòng Tè': 'Mường Tè', 'Hũu Lũng': 'Hữu Lũng', 'Vặn Quan': 'Văn Quan',
  'ĐaKrông': 'Đakrông', 'Sop Cop': 'Sốp Cộp', 'Lam Thao': 'Lâm Thao', 'Bac Ai': 'Bác Ái', 'Dak Glong': 'Đắk Glong',
  'Dak Song': 'Đắk Song', 'Tuy Duc': 'Tuy Đức', 'Phu Giao': 'Phú Giáo', 'Nga Nam': 'Ngã Năm', 'Nam Can': 'Năm Căn',
  'Dầu Tiêng': 'Dầu Tiếng', 'Đam Rong': 'Đam Rông', 'A Yun Pa': 'Ayun Pa', 'Qui Nhon': 'Quy Nhơn',
  'Dien Bien Phu': 'Điện Biên Phủ', 'Long Diền': 'Long Điền',
};

/** Vietnamese surnames (lowercase, with diacritics): a ward or town named "Nguyễn Du", "Lê Lợi" is a street name first. */
export const VN_SURNAMES = ['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ',
  'hồ', 'ngô', 'dương', 'lý', 'đinh', 'trương'];

/** Prefectural capital (for coordinates) and GeoNames admin1 code of each prefecture. */
export const JP_CAPITALS = Object.fromEntries([
  ['Hokkaido', 'Sapporo', '12'], ['Aomori', 'Aomori', '03'], ['Iwate', 'Morioka', '16'], ['Miyagi', 'Sendai', '24'],
  ['Akita', 'Akita', '02'], ['Yamagata', 'Yamagata', '44'], ['Fukushima', 'Fukushima', '08'], ['Ibaraki', 'Mito', '14'],
  ['Tochigi', 'Utsunomiya', '38'], ['Gunma', 'Maebashi', '10'], ['Saitama', 'Saitama', '34'], ['Chiba', 'Chiba', '04'],
  ['Tokyo', 'Tokyo', '40'], ['Kanagawa', 'Yokohama', '19'], ['Niigata', 'Niigata', '29'], ['Toyama', 'Toyama', '42'],
  ['Ishikawa', 'Kanazawa', '15'], ['Fukui', 'Fukui', '06'], ['Yamanashi', 'Kofu', '46'], ['Nagano', 'Nagano', '26'],
  ['Gifu', 'Gifu', '09'], ['Shizuoka', 'Shizuoka', '37'], ['Aichi', 'Nagoya', '01'], ['Mie', 'Tsu', '23'],
  ['Shiga', 'Otsu', '35'], ['Kyoto', 'Kyoto', '22'], ['Osaka', 'Osaka', '32'], ['Hyogo', 'Kobe', '13'],
  ['Nara', 'Nara', '28'], ['Wakayama', 'Wakayama', '43'], ['Tottori', 'Tottori', '41'], ['Shimane', 'Matsue', '36'],
  ['Okayama', 'Okayama', '31'], ['Hiroshima', 'Hiroshima', '11'], ['Yamaguchi', 'Yamaguchi', '45'],
  ['Tokushima', 'Tokushima', '39'], ['Kagawa', 'Takamatsu', '17'], ['Ehime', 'Matsuyama', '05'], ['Kochi', 'Kochi', '20'],
  ['Fukuoka', 'Fukuoka', '07'], ['Saga', 'Saga', '33'], ['Nagasaki', 'Nagasaki', '27'], ['Kumamoto', 'Kumamoto', '21'],
  ['Oita', 'Oita', '30'], ['Miyazaki', 'Miyazaki', '25'], ['Kagoshima', 'Kagoshima', '18'], ['Okinawa', 'Naha', '47'],
].map(([pref, name, admin1]) => [pref, { name, admin1 }]));

/**
 * Common Japanese surnames (romaji, no macrons). A municipality with one of these names is dropped:
 * "ông Matsumoto" is far more frequent in the news than the town. Designated cities are not listed
 * (Sakai, Kawasaki stay).
 */
export const JP_SURNAMES = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura',
  'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki',
  'Mori', 'Abe', 'Ikeda', 'Hashimoto', 'Yamashita', 'Nakajima', 'Maeda', 'Fujita', 'Ogawa', 'Goto', 'Okada',
  'Hasegawa', 'Murakami', 'Kondo', 'Ishii', 'Saito', 'Sakamoto', 'Endo', 'Aoki', 'Fujii', 'Nishimura', 'Fukuda', 'Ota',
  'Miura', 'Fujiwara', 'Okamoto', 'Matsuda', 'Nakagawa', 'Nakano', 'Harada', 'Ono', 'Tamura', 'Takeuchi', 'Kaneko',
  'Wada', 'Nakayama', 'Ishida', 'Ueda', 'Morita', 'Hara', 'Shibata', 'Kudo', 'Yokoyama', 'Miyamoto', 'Uchida',
  'Takagi', 'Ando', 'Taniguchi', 'Ohno', 'Maruyama', 'Imai', 'Takada', 'Fujimoto', 'Takeda', 'Murata', 'Ueno',
  'Sugiyama', 'Masuda', 'Sugawara', 'Hirano', 'Otsuka', 'Kubo', 'Matsui', 'Iwasaki', 'Sakurai', 'Kinoshita',
  'Noguchi', 'Matsuo', 'Kikuchi', 'Nomura', 'Arai', 'Noda', 'Date', 'Kishida', 'Suga', 'Koizumi', 'Kishi',
  'Takaichi', 'Ishiba', 'Hatoyama', 'Fujioka', 'Yamaguchi', 'Ishikawa', 'Miyazaki', 'Chiba', 'Okubo', 'Sakata',
  'Kawaguchi', 'Hamada', 'Kuroda', 'Nishida', 'Onishi', 'Yasuda', 'Kojima', 'Honda', 'Kawamura', 'Hirata'];

/** Ward and quarter names that are directions, "centre", "main/new town", found in many cities. */
export const JP_GENERIC_WARDS = ['Chuo', 'Kita', 'Minami', 'Higashi', 'Nishi', 'Naka', 'Midori', 'Hokubu', 'Nanbu',
  'Honmachi', 'Honcho', 'Motomachi', 'Shinmachi', 'Honmura'];

/** Designated cities (seirei shitei toshi) and Tokyo wards whose names other municipalities share: they keep the bare id. */
export const JP_PRIMARY_NAMES = ['Minato|Tokyo', 'Sapporo|Hokkaido', 'Sendai|Miyagi', 'Kawasaki|Kanagawa', 'Yokohama|Kanagawa',
  'Sagamihara|Kanagawa', 'Hamamatsu|Shizuoka', 'Nagoya|Aichi', 'Sakai|Osaka', 'Kobe|Hyogo', 'Kitakyushu|Fukuoka'];

/** Vietnamese towns that keep the bare id over same-named districts elsewhere. */
export const VN_PRIMARY_NAMES = ['Sơn Tây|Hà Nội'];
