import promos from '../lexicon/furniture-promos.json' with { type: 'json' };
import { cutByline } from './cutByline.js';

// "Atletico và cú trượt giá 6 giờ trước20:2824/6/2025Thể thao…", "15:16 19/11/202515:1619/11/2025 0 …":
// a related article's headline, its age and its timestamp run into its date.
const STAMP = /(?:\d+ (?:giây|phút|giờ|ngày) trước\s?|\d{1,2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}\s?)\d{1,2}:\d{2}\d{1,2}\/\d{1,2}\/\d{4}/u;
// "Mục Thế giới giới thiệu tới độc giả…", "Chuyên mục Xe gửi tới độc giả…": a section's book promotion.
const SECTION_PROMO = /(?:^|\s)(?:Chuyên mục|Mục) [\p{L} ]{2,30}?(?: xin)? (?:giới thiệu|gửi tới)|Znews\s?giới thiệu/u;
// "Cuốn sách“Leading…”", "Cuốn sách Vũ trụ kĩ thuật số": a book named by its title, as promotions do,
// or a capitalised "Cuốn sách" inside a sentence, after the promotion's headline
// ("Cuốn sách này đã hoàn thành…" in an article is no promotion).
const BOOK = promos.titled.join('|');
const TITLED_BOOK = new RegExp(`(?:${BOOK})\\s?["“‘'\\p{Lu}]|\\p{L}\\s(?:${BOOK})`, 'u');
const SENTENCE_END = /[.!?…]["”’)]*\s+(?=["“]?[\p{Lu}\d])/gu;
/** A promotion counts as the article's end only among its last sentences. */
const PROMO_REACH = 4;
const TAIL_CHARS = 3000;

/**
 * Cuts what a news page appends after the article: the first related-article teaser with
 * its timestamp, a closing "Xem thêm:" link, and a closing book promotion ("Cuốn sách “…”", "Mục Thể thao giới thiệu…")
 * together with the headline glued before it. Everything after either goes too, and so
 * does the byline then closing the article.
 */
export function cutTeaserTail(text: string): string {
  const stamp = STAMP.exec(text);
  let body = stamp ? text.slice(0, sentenceStart(text, stamp.index)) : text;
  // The last sentences lie within the tail; a promotion runs a few hundred characters.
  const from = Math.max(0, body.length - TAIL_CHARS);
  const tail = body.slice(from);
  const starts = [from, ...[...tail.matchAll(SENTENCE_END)].map((m) => from + m.index + m[0].length)];
  const lineStarts = [...tail.matchAll(/\n/g)].map((m) => from + m.index + 1);
  const candidates = [...new Set([...starts, ...lineStarts])].sort((a, b) => a - b).slice(-PROMO_REACH);
  for (const at of candidates) {
    const sentence = body.slice(at, nextStart(candidates, at, body.length));
    // "> Xem thêm: …" cuts at the link itself, a promotion at its sentence (its headline first)
    const link = Math.min(...promos.links.map((l) => sentence.indexOf(l)).filter((i) => i >= 0));
    if (Number.isFinite(link)) {
      body = body.slice(0, at + link).replace(/[\s>]+$/u, '');
      break;
    }
    if (isPromo(sentence)) {
      body = body.slice(0, at);
      break;
    }
  }
  return cutByline(body.trimEnd());
}

function isPromo(sentence: string): boolean {
  return SECTION_PROMO.test(sentence) || TITLED_BOOK.test(sentence) || promos.phrases.some((p) => sentence.includes(p));
}

function nextStart(starts: number[], at: number, end: number): number {
  return starts.find((s) => s > at) ?? end;
}

/** Start of the sentence (or line) holding `index`: the teaser's headline has no full stop. */
function sentenceStart(text: string, index: number): number {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const ends = [...text.slice(lineStart, index).matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  return last ? lineStart + last.index + last[0].length : lineStart;
}
