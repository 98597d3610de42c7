import { decodeEntities } from './internal/decodeEntities.js';

/** Elements whose whole content is page furniture or code, never article text. */
const DROPPED = ['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'aside', 'form'];
/** Elements that end a line of text. */
const BLOCKS =
  'address|article|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|h[1-6]|hr|li|main|ol|p|pre|section|table|td|th|tr|ul';

const DROPPED_RE = new RegExp(`<(${DROPPED.join('|')})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');
const BLOCK_RE = new RegExp(`</?(?:${BLOCKS})\\b[^>]*>`, 'gi');

export interface HtmlText {
  title: string | null;
  text: string;
}

/**
 * Turns an HTML page into plain article text: furniture elements removed,
 * block elements turned into line breaks, tags stripped, entities decoded.
 * The title is the page's `<title>`, else its first `<h1>`.
 */
export function htmlToText(html: string): HtmlText {
  const title = inlineText(firstElement(html, 'title')) || inlineText(firstElement(html, 'h1')) || null;
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(DROPPED_RE, '\n')
    .replace(BLOCK_RE, '\n')
    .replace(/<\/?[a-zA-Z][^>]*>|<![^>]*>/g, '');
  const text = decodeEntities(body)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return { title, text };
}

function firstElement(html: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  return match?.[1] ?? '';
}

function inlineText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
