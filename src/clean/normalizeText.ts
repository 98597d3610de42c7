// Zero-width and bidi controls break word matching but carry no content.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;
// C0/C1 controls other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * NFC, one kind of newline, no invisible or control characters, no runs of spaces.
 * Decomposed (NFD) input and mixed combining-mark orders end up identical.
 */
export function normalizeText(text: string): string {
  return text
    // NFC decomposes and reorders marks before composing, so one pass also settles decomposed input.
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n');
}
