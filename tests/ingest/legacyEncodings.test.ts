import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/index.js';
import { decodeLegacy } from '../../src/ingest/internal/decodeLegacy.js';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import type { RawArticle } from '../../src/types.js';

// Made from utf8.txt with `iconv -t WINDOWS-1258` and `iconv -t TCVN5712-1`; vni.txt by the VNI
// convention (base letter, then a mark byte), checked against the words in the table below.
const FIXTURES = join(import.meta.dirname, 'fixtures', 'legacy');
const fixture = (name: string) => readFile(join(FIXTURES, name));
const article = (text: string): RawArticle => ({ id: 'a', title: null, date: null, url: null, text, source: 'a.txt' });

describe('legacy Vietnamese encodings', () => {
  it.each([
    ['VNI', 'Vieät Nam', 'Việt Nam'],
    ['VNI', 'Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['VNI', 'Thaønh phoá Hoà Chí Minh, tænh Ñoàng Nai', 'Thành phố Hồ Chí Minh, tỉnh Đồng Nai'],
    ['VNI', 'TRÖÔØNG ÑAÏI HOÏC', 'TRƯỜNG ĐẠI HỌC'],
    ['TCVN3', 'ViÖt Nam', 'Việt Nam'],
    ['TCVN3', 'B¶o Th¾ng, M­êng Kh­¬ng', 'Bảo Thắng, Mường Khương'],
    ['TCVN3', '§µ N½ng', 'Đà Nẵng'],
  ] as const)('%s: %s', (encoding, legacy, unicode) => {
    expect(decodeLegacy(legacy, encoding)).toBe(unicode);
  });

  it.each(['windows-1258.txt', 'vni.txt', 'tcvn3.txt', 'utf8.txt'])('%s is recognized and converted to NFC Unicode', async (name) => {
    const expected = (await fixture('utf8.txt')).toString('utf8');
    const text = decodeText(await fixture(name));
    expect(text).toBe(expected);
    expect(text).toBe(text.normalize('NFC'));
  });

  it.each(['windows-1258.txt', 'vni.txt', 'tcvn3.txt'])('%s gives the entities and relations of the Unicode text', async (name) => {
    const expected = extractArticle(article((await fixture('utf8.txt')).toString('utf8')));
    const actual = extractArticle(article(decodeText(await fixture(name))));
    expect(expected.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Bình Định', 'Hồ Quốc Dũng']));
    expect(actual).toEqual(expected);
  });

  it.each([
    // VNI or TCVN3 once read as Latin-1 and saved as UTF-8, as pages made for those fonts are.
    ['VNI read as Latin-1', 'vni.txt'],
    ['TCVN3 read as Latin-1', 'tcvn3.txt'],
  ])('converts valid UTF-8 that is %s', async (_, name) => {
    const mojibake = Buffer.from((await fixture(name)).toString('latin1'), 'utf8');
    expect(decodeText(mojibake)).toBe((await fixture('utf8.txt')).toString('utf8'));
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['too little text to tell the encoding', Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]), /not clearly Windows-1258, VNI or TCVN3/],
    ['Latin-1 bytes of a German text', Buffer.from('Müller für Größe über schön Fräulein Bär Öl Tür', 'latin1'), /not clearly Windows-1258, VNI or TCVN3/],
    ['UTF-8 words that no Vietnamese encoding explains', Buffer.from('Müller für Größe über schön Fräulein Bär Öl Tür'), /garbled text/],
  ])('refuses %s rather than guess', (_, bytes, reason) => {
    expect(() => decodeText(bytes)).toThrow(reason);
  });

  it.each([
    ['Unicode Vietnamese', 'Hà Nội và Tōkyō, Café Müller'],
    ['English', 'The café in Zürich'],
  ])('leaves %s alone', (_, text) => {
    expect(decodeText(Buffer.from(text))).toBe(text);
  });
});
