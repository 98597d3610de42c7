import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import type { RawArticle } from '../../src/types.js';

const NFC = 'Ngày 10/11/2019, Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng tiếp đoàn thành phố Izumisano (Nhật Bản) do Thị trưởng Chiyomatsu Hiroyuki dẫn đầu.';
/** Marks in the order people type them (tone before the vowel's own mark), which NFD would reorder. */
const typedOrder = (text: string) => text.normalize('NFD').replace(/([\u0323])([\u0302\u0306\u031B])/g, '$2$1');
const article = (text: string): RawArticle => ({ id: 'a', title: null, date: null, url: null, text, source: 'a.txt' });

describe('decomposed Unicode', () => {
  it.each([
    ['NFD', (t: string) => t.normalize('NFD')],
    ['NFKD', (t: string) => t.normalize('NFKD')],
    ['marks in typed order', typedOrder],
  ])('%s text gives the entities and relations of NFC text', (_, form) => {
    const decomposed = form(NFC);
    expect(decomposed).not.toBe(NFC);
    const expected = extractArticle(article(NFC));
    expect(expected.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Bình Định', 'Hồ Quốc Dũng']));
    expect(extractArticle(article(decomposed))).toEqual(expected);
  });
});
