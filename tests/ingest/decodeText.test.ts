import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/index.js';
import { findInvalidUtf8 } from '../../src/ingest/internal/findInvalidUtf8.js';

describe('decodeText', () => {
  it.each<[string, number[], string | RegExp]>([
    ['ASCII', [0x61, 0x62], 'ab'],
    ['UTF-8 BOM dropped', [0xef, 0xbb, 0xbf, 0xc4, 0x91], 'đ'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x11, 0x01], 'đ'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x01, 0x11], 'đ'],
    ['Windows-1258 byte', [0x48, 0xe0], /not valid UTF-8 \(first bad byte at offset 1, line 1\)/],
    ['overlong encoding', [0xc0, 0xaf], /not valid UTF-8 \(first bad byte at offset 0/],
    ['truncated sequence', [0x61, 0xe1, 0xba], /offset 1/],
    ['UTF-16 without BOM', [0x61, 0x00, 0x62, 0x00], /NUL byte at offset 1/],
    ['gzip data', [0x1f, 0x8b, 0x08, 0x00], /binary file \(gzip archive\)/],
  ])('%s', (_, bytes, expected) => {
    const run = () => decodeText(Uint8Array.from(bytes));
    if (typeof expected === 'string') expect(run()).toBe(expected);
    else expect(run).toThrow(expected);
  });

  it.each<[number[], number]>([
    [[0x61, 0xc4, 0x91], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0xed, 0xa0, 0x80], 0],
    [[0x61, 0x80], 1],
    [[0xf5, 0x80, 0x80, 0x80], 0],
  ])('findInvalidUtf8(%j) = %i', (bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});
