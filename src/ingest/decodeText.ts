import { findInvalidUtf8 } from './internal/findInvalidUtf8.js';
import { guessLegacyEncoding } from './internal/guessLegacyEncoding.js';
import { detectMojibake } from './internal/detectMojibake.js';
import { sniffBinary } from './internal/sniffBinary.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Decodes the bytes of a text article. Accepts UTF-8 (a BOM is dropped),
 * UTF-16 with a BOM, and Windows-1258, VNI and TCVN3 when exactly one of them
 * reads as Vietnamese; VNI/TCVN3 text once read as Latin-1 is converted back.
 * Throws an Error whose message is the reason to report for binary data and
 * for text whose encoding cannot be told reliably.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return unmangled(decodeWith(utf16le, bytes.subarray(2), 'UTF-16LE'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return unmangled(decodeWith(utf16be, bytes.subarray(2), 'UTF-16BE'));
  const kind = sniffBinary(bytes);
  if (kind) throw new Error(`binary file (${kind}), not a text article; remove it from the inputs`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`binary file (NUL byte at offset ${nul}), not a text article; remove it from the inputs`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const guess = guessLegacyEncoding(body);
    if (guess) return guess.text;
    const at = findInvalidUtf8(body);
    const line = countLines(body, at);
    throw new Error(
      `not valid UTF-8 (first bad byte at offset ${at}, line ${line}), and not clearly Windows-1258, VNI or TCVN3; ` +
        'convert the file to UTF-8, e.g. `iconv -f WINDOWS-1258 -t UTF-8` or Unikey\'s converter',
    );
  }
  return unmangled(text);
}

function unmangled(text: string): string {
  return detectMojibake(text)?.text ?? text;
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, label: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`not valid ${label} despite its byte-order mark; convert the file to UTF-8`);
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
