/** Continuation bytes and smallest code point for each UTF-8 lead byte range. */
function leadInfo(b: number): [extra: number, min: number] | null {
  if (b < 0x80) return [0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80];
  if (b >= 0xe0 && b <= 0xef) return [2, 0x800];
  if (b >= 0xf0 && b <= 0xf4) return [3, 0x10000];
  return null;
}

/**
 * Byte offset of the first malformed UTF-8 sequence, or -1. Only used after
 * TextDecoder has already refused the bytes, to tell the user where to look.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const info = leadInfo(bytes[i]!);
    if (!info) return i;
    const [extra, min] = info;
    if (i + extra >= bytes.length && extra > 0) return i;
    let cp = extra === 0 ? bytes[i]! : bytes[i]! & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}
