import { describe, expect, it } from 'vitest';
import { MASK, maskSpam, withoutMask } from '../../src/clean/maskSpam.js';

describe('maskSpam', () => {
  it.each([
    ['Phó Chủ tịch 79King78 tỉnh 79King mobi Phan Thái Bình', `Phó Chủ tịch ${MASK} tỉnh ${MASK} Phan Thái Bình`],
    ['UBND tỉnh Quảng Nam', 'UBND tỉnh Quảng Nam'],
    ['COVID-19 và G20, APEC 2017, 5G', 'COVID-19 và G20, APEC 2017, 5G'],
    ['FB88 club tài trợ', `${MASK} tài trợ`],
  ])('%s', (input, expected) => {
    expect(maskSpam(input)).toBe(expected);
  });
});

describe('withoutMask', () => {
  it.each([
    [`Phó Chủ tịch Thường trực ${MASK} tỉnh ${MASK} Phan Thái Bình`, 'Phó Chủ tịch Thường trực tỉnh Phan Thái Bình'],
    [`tại tỉnh ${MASK}, thời gian`, 'tại tỉnh, thời gian'],
    [`${MASK} Lê Văn Dũng`, 'Lê Văn Dũng'],
    ['không có gì', 'không có gì'],
  ])('%s', (input, expected) => {
    expect(withoutMask(input)).toBe(expected);
  });
});
