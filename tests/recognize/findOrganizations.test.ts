import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { recognize } from '../../src/recognize/index.js';

const organizations = (text: string) =>
  recognize(cleanArticle({ id: 't', title: null, date: null, url: null, text, source: 't' })).organizations.map((o) => o.name);

describe('findOrganizations', () => {
  it.each([
    ['Tại Văn phòng UBND tỉnh Bình Định, lãnh đạo tỉnh tiếp đoàn.', ['Văn phòng UBND tỉnh Bình Định']],
    ['Đại diện Lãnh sự quán Việt Nam tại Fukuoka phát biểu.', ['Lãnh sự quán Việt Nam']],
    ['Tập đoàn Hyosung đã ký kết biên bản ghi nhớ.', ['Tập đoàn Hyosung']],
    // a head alone names no particular body
    ['Chủ tịch UBND tỉnh dự họp cùng đại diện Chính phủ.', []],
    // folding merges "Đặng" with the head "Đảng" and "Bản" with "Ban": the written word must be the head
    ['Phó Chủ tịch nước Đặng Thị Ngọc Thịnh tiếp đoàn Nhật Bản.', []],
    // a stop word glued to a capital is that word's second syllable: no "Diễn đàn Cộng"
    ['Diễn đàn Cộng đồng doanh nghiệp khai mạc.', []],
    // "và" before an administrative word joins two entities
    ['Quan hệ giữa Chính phủ Việt Nam-Nhật Bản nói chung và tỉnh Bình Định nói riêng.', ['Chính phủ Việt Nam-Nhật Bản']],
    // the issuer's code in a document number names no body
    ['UBND thành phố đã có Công văn số 8017/UBND-QLĐTh ngày 30/9/2016.', []],
    ['Theo Quyết định 123/QĐ-UBND Thành phố Hà Nội ngày 5/6.', []],
  ])('%s', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });
});
