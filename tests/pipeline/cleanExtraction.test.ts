import { describe, expect, it } from 'vitest';
import { MASK } from '../../src/clean/maskSpam.js';
import { extractArticle } from '../../src/pipeline/extractArticle.js';

const raw = (text: string, title: string | null = null) => ({ id: 'a', title, date: '2020-10-12', url: null, source: 'a.txt', text });

describe('extractArticle output is clean text', () => {
  it.each([
    ['a spam-masked title and place', 'Sáng 11/10, Phó Chủ tịch Thường trực 79King78 tỉnh 79King mobi Phan Thái Bình đã hội kiến Thị trưởng thành phố Kinokawa Takeshi Kishimoto.'],
    ['a masked place in the evidence', 'Ông Phan Thái Bình mời lãnh đạo thành phố Kinokawa sang thăm, làm việc tại tỉnh 79King mobi trong tương lai gần.'],
    ['control and invisible characters', 'Chủ tịch UBND tỉnh Quảng\u200B Nam Lê Trí\u0007 Thanh tiếp Đại sứ Nhật Bản Umeda Kunio.'],
  ])('%s', (_, text) => {
    const out = JSON.stringify(extractArticle(raw(text, 'Tin\n<b>Quảng Nam</b>')));
    expect(out).not.toContain(MASK);
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u200B\uFEFF]/u);
    expect(out).not.toContain('<b>');
  });

  it.each([
    ['Phó Chủ tịch Thường trực 79King78 tỉnh 79King mobi Phan Thái Bình tiếp đoàn.', 'Phó Chủ tịch Thường trực tỉnh'],
  ])('%s → title %s', (text, title) => {
    const person = extractArticle(raw(text)).entities.find((e) => e.name === 'Phan Thái Bình');
    expect(person?.titles?.[0]).toBe(title);
  });
});
