import headers from './lexicon/furniture-headers.json' with { type: 'json' };
import prefixes from './lexicon/furniture-line-prefixes.json' with { type: 'json' };
import { cutTeaserTail } from './internal/cutTeaserTail.js';

const HEADER_SET = new Set(headers.map((h) => h.toLowerCase()));
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
// "[Chủ tịch Thượng viện Nhật ủng hộ …]": a bracketed headline inside a paragraph is an inline teaser.
const INLINE_TEASER = /\s*\[[^\]\n]{15,200}\]\s*/g;

/**
 * Drops page furniture: everything from a related-articles header on, teaser lines
 * ending in " |", video/infographic lists, image markdown and inline bracketed teasers.
 * A " |"-terminated line right after an image (or opening with "|") is that image's
 * caption and stays: captions belong to the body. Then the page's tail goes: related-article
 * teasers with their timestamps and a closing book promotion.
 */
export function removeFurniture(text: string): string {
  const out: string[] = [];
  let afterImage = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    const bare = line.replace(/[:.]$/, '').toLowerCase();
    if (HEADER_SET.has(bare)) break;
    const hadImage = IMAGE.test(line);
    IMAGE.lastIndex = 0;
    let body = line.replace(IMAGE, '').replace(/ {2,}/g, ' ').trim();
    if (prefixes.some((p) => body.startsWith(p))) { afterImage = false; continue; }
    if (/\|\s*$/.test(body)) {
      const caption = body.startsWith('|') || afterImage;
      body = caption ? body.replace(/^\|\s*|\s*\|\s*$/g, '').trim() : '';
    }
    afterImage = hadImage && body === '' ? true : false;
    if (body.includes('[')) body = body.replace(INLINE_TEASER, ' ').trim();
    if (body !== '') out.push(body);
  }
  return cutTeaserTail(out.join('\n'));
}
