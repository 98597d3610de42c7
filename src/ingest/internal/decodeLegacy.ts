import tcvn3 from '../lexicon/tcvn3.json' with { type: 'json' };
import vni from '../lexicon/vni.json' with { type: 'json' };

/** The pre-Unicode Vietnamese encodings still met in old archives. */
export type LegacyEncoding = 'Windows-1258' | 'VNI' | 'TCVN3';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['Windows-1258', 'VNI', 'TCVN3'];

const cp1252 = new TextDecoder('windows-1252');
const cp1258 = new TextDecoder('windows-1258');
const VNI_MAP = new Map<string, string>([...Object.entries(vni.letters), ...Object.entries(vni.marks)]);
const TCVN3_MAP = new Map<string, string>(Object.entries(tcvn3.chars));
const HIGH = /[\u00A0-\u00FF]/g;

/**
 * Decodes legacy Vietnamese text, NFC. `input` is the file's bytes, or (for
 * VNI and TCVN3) text that was once read as Windows-1252 or Latin-1, as
 * happens to pages written for a VNI or ABC font. Windows-1258 writes tones as
 * combining marks and VNI writes every mark as its own byte, so both compose.
 */
export function decodeLegacy(input: Uint8Array | string, encoding: LegacyEncoding): string {
  if (encoding === 'Windows-1258') {
    return (typeof input === 'string' ? input : cp1258.decode(input)).normalize('NFC');
  }
  const chars = typeof input === 'string' ? input : cp1252.decode(input);
  const map = encoding === 'VNI' ? VNI_MAP : TCVN3_MAP;
  return chars.replace(HIGH, (c) => map.get(c) ?? c).normalize('NFC');
}
