import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { recognize } from '../../src/recognize/index.js';

const places = (text: string) => {
  const r = recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text, source: 't' }));
  return r.localities.map((l) => l.id);
};

describe('findLocalities', () => {
  it.each([
    ['Đoàn công tác của thành phố (TP) Izumisano thuộc phủ Osaka (Nhật Bản).', ['locality:JP:izumisano', 'locality:JP:osaka']],
    ['Hợp tác với TP.HCM và tỉnh Bình Định.', ['locality:VN:ho-chi-minh', 'locality:VN:binh-dinh']],
    ['Thị trưởng thành phố Seoul Park Won Soon.', ['locality:KR:seoul']],
    ['Cùng với vùng Emilia-Romagna, tỉnh Bình Dương.', ['locality:IT:emilia-romagna', 'locality:VN:binh-duong']],
    // a place name inside a person's name is not a place
    ['Ông Phan Thái Bình phát biểu.', []],
    // an abbreviation among stock tickers is a ticker, not a place
    ['Một loạt mã như AGR, BVS, HCM, SBS, SSI giảm sâu; tại TP.HCM giá vàng tăng.', ['locality:VN:ho-chi-minh']],
    // a lower-case phrase is not a place ("hòa bình" = peace)
    ['vì hòa bình và thịnh vượng', []],
    // a spam-masked province is recovered from the district named with it
    ['Trồng sen cho thị xã Điện Bàn tỉnh 79King mobi. Lãnh đạo tỉnh 79King mobi cảm ơn.', ['locality:VN:dien-ban', 'locality:VN:quang-nam', 'locality:VN:quang-nam']],
    // oceans and continents hold other place names: "Thái Bình Dương" is no Thái Bình
    ['Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) họp tại Đà Nẵng.', ['locality:VN:da-nang']],
    // provinces are all in the gazetteer: after "tỉnh" a romanized name and surname is a person
    ['Chủ tịch Hội đồng tỉnh Kohara Katsuji bày tỏ vui mừng.', []],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

const named = (text: string) => {
  const r = recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text, source: 't' }));
  return r.localities.map((l) => `${l.name}|${l.country ?? '-'}`);
};

describe('foreign places and whole names', () => {
  it.each([
    ['Đoàn đại biểu khu tự trị Quảng Tây (Trung Quốc) thăm tỉnh Lạng Sơn.', ['Quảng Tây|CN', 'Lạng Sơn|VN']],
    ['Hợp tác giữa tỉnh Lào Cai và tỉnh Vân Nam, thành phố Côn Minh.', ['Lào Cai|VN', 'Vân Nam|CN', 'Côn Minh|CN']],
    ['Tỉnh Điện Biên tiếp đoàn tỉnh U Đôm Xay và tỉnh Luang Prabang.', ['Điện Biên|VN', 'Oudomxay|LA', 'Luang Prabang|LA']],
    ['Đoàn công tác tỉnh Xay Nhạ Bu Ly, Lào.', ['Xayaboury|LA']],
    ['Lãnh đạo tỉnh Tbong Khmum và thủ đô Phnom Penh.', ['Tbong Khmum|KH', 'Phnom Penh|KH']],
    ['Đoàn đã thăm bang Tây Bengal (Ấn Độ).', ['Tây Bengal|IN']],
    ['Thủ tướng đến thành phố Saint Petersburg.', ['Saint Petersburg|RU']],
    ['Hội nghị tại Washington D.C. và Arlington.', ['Washington D.C.|US']],
    ['Thống đốc bang Washington thăm thành phố New York.', ['Washington|US', 'New York|US']],
    ['Tỉnh Bắc Gyeongsang (Hàn Quốc) và bang Tây Úc.', ['Bắc Gyeongsang|KR', 'Tây Úc|AU']],
    ['Thị trấn thuộc thị xã Sơn Tây; tỉnh Sơn Tây, Trung Quốc.', ['Sơn Tây|VN', 'Sơn Tây|CN']],
    ['Huyện Đông Hưng (Thái Bình) và thành phố Đông Hưng (Trung Quốc).', ['Đông Hưng|VN', 'Thái Bình|VN', 'Đông Hưng|CN']],
    ['Đến thành phố Mai-xơ, Thủ phủ bang Rai-lan Phan-xờ.', ['Mai-xơ|-', 'Rai-lan Phan-xờ|-']],
    // an administrative word after "các" or a number covers the list of names after it
    ['Thị trưởng các thành phố Fairfax, Arlington, Loudoun, đại diện doanh nghiệp.', ['Fairfax|-', 'Arlington|US', 'Loudoun|-']],
    ['Thuộc địa phận 2 xã An Sinh và Bình Khê.', ['An Sinh|VN', 'Bình Khê|VN']],
    ['Tỉnh Bình Định, Hà Nội và Ông Nam.', ['Bình Định|VN', 'Hà Nội|VN']],
    // whole multi-word names after an administrative word
    ['Người dân xã Hòa Khánh Nam, huyện Đức Hòa.', ['Hòa Khánh Nam|VN', 'Đức Hòa|VN']],
    ['Chủ tịch UBND xã Đăk Hrinh Nguyễn Văn An phát biểu.', ['Đăk Hrinh|VN']],
    ['Trường mầm non ở phường Minh Khai, quận Hai Bà Trưng.', ['Minh Khai|VN', 'Hai Bà Trưng|VN']],
    ['Xảy ra tại xã Chiềng Lao.', ['Chiềng Lao|VN']],
    ['Biểu tình ở thành phố Cluj-Napoca; trụ sở ở quận Nam Từ Liêm-Hà Nội.', ['Cluj-Napoca|-', 'Nam Từ Liêm|VN', 'Hà Nội|VN']],
    // a city inside a club's or a newspaper's name is no place
    ['Real Madrid thắng Manchester United, theo New York Times.', []],
    ['Hội nghị diễn ra tại Madrid (Tây Ban Nha).', ['Madrid|ES']],
    // common words never become places
    ['Lãnh đạo TP. Các đơn vị đã họp.', []],
    ['Đoàn về thành phố. Theo kế hoạch, ngày mai đi tiếp.', []],
    ['Đoàn đi các tỉnh miền Nam và vùng Tây Bắc.', []],
    ['Xã Nam được thành lập; tỉnh Tây cũng vậy.', []],
    ['Sáng 7-2, lãnh đạo Viện KSND tối cao làm việc.', []],
    ['Chính phủ Nhật Bản và lãnh đạo Viện nghiên cứu.', []],
    ['Ông là Chủ tịch UBND tỉnh. Chủ tịch nói rằng…', []],
    ['Phát triển vùng Đồng bằng sông Cửu Long.', []],
    ['Việc tinh giản ở cấp xã. Thực hiện rà soát.', []],
    ['Hội đồng Hợp tác vùng Vịnh (GCC) họp.', []],
    // one-word country names are syllables of place names too
    ['Người dân xã Thượng Đức và phường Bình Đức.', ['Thượng Đức|VN', 'Bình Đức|VN']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    // names that differ only by diacritics are different places
    ['Xã Văn Điển và xã Vân Diên.', 2],
    ['Xã Hoà Khánh và xã Hòa Khánh.', 1],
  ])('%s has %i distinct ids', (text, n) => {
    expect(new Set(places(text)).size).toBe(n);
  });

  it.each([
    // a shared district name is resolved by the province written after it, else left to the primary place
    ['Huyện Châu Thành, tỉnh Sóc Trăng.', 'locality:VN:chau-thanh-soc-trang'],
    ['Huyện Châu Thành, tỉnh Tiền Giang.', 'locality:VN:chau-thanh-tien-giang'],
    // a commune missing from the gazetteer carries its province in its id
    ['Xã Phú Tân Đông, huyện Tân Phú, tỉnh Đồng Nai.', 'locality:VN:phú-tân-đông-dong-nai'],
  ])('%s → %s', (text, id) => {
    expect(places(text)[0]).toBe(id);
  });
});

