import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/clean/normalizeText.js';

describe('normalizeText', () => {
  it.each([
    ['NFD becomes NFC', 'Bi\u0300nh Đi\u0323nh', 'Bình Định'],
    ['mixed combining-mark order is canonical', 'Vie\u0323\u0302t', 'Việt'],
    ['zero-width characters go', 'Hà\u200B Nội', 'Hà Nội'],
    ['control characters become spaces', 'A\u0001B', 'A B'],
    ['CRLF becomes LF and space runs collapse', 'A  B\r\nC', 'A B\nC'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
