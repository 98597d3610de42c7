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
