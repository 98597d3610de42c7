import { withoutMask } from './maskSpam.js';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/gu;
// Newlines, tabs and the other C0/C1 controls.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;

/** Anything cleanLabel would change: markup, entities, masks, controls, invisible characters, extra spaces, edge punctuation. */
const NEEDS_CLEANING = /[<>&[\]*_\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFFFD]|\s\s|\s[,.;:!?)]|^[\s,;:|–-]|[\s,;:|–-]$/u;

/**
 * A name, title or label fit to show: no spam mask ("Phó Chủ tịch Thường trực � tỉnh �" →
 * "Phó Chủ tịch Thường trực tỉnh"), newline, control or invisible character, nor leftover
 * markup (HTML tags and entities, markdown images, links, emphasis).
 */
export function cleanLabel(text: string): string {
  if (!NEEDS_CLEANING.test(text) && text === text.normalize('NFC')) return text;
  const unmarked = text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<\/?[a-z][^<>]*>/giu, ' ')
    .replace(/&(amp|quot|apos|lt|gt|nbsp);/gu, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d{2,5});/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\*\*|__/gu, '');
  return withoutMask(unmarked)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[,.;:!?)])/gu, '')
    .replace(/^[\s,;:|–-]+|[\s,;:|–-]+$/gu, '');
}
