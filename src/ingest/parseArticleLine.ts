import { basename } from 'node:path';
import type { IngestWarning, RawArticle } from '../types.js';
import { guessLegacyEncoding } from './internal/guessLegacyEncoding.js';
import { decodeLegacy } from './internal/decodeLegacy.js';
import { detectMojibake } from './internal/detectMojibake.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses one JSON Lines record `{id, title, date, url, text}` into a
 * RawArticle; reports and returns null for a line that cannot be used.
 * Blank lines are skipped silently. A missing id becomes `<file>-<line>`.
 */
export function parseArticleLine(
  bytes: Uint8Array,
  file: string,
  line: number,
  onWarning: (w: IngestWarning) => void,
): RawArticle | null {
  const skip = (reason: string): null => {
    onWarning({ file, line, reason });
    return null;
  };
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    const guess = guessLegacyEncoding(bytes);
    if (!guess) return skip('not valid UTF-8, and not clearly Windows-1258, VNI or TCVN3; convert the file to UTF-8');
    source = guess.text;
  }
  if (source.trim() === '') return null;
  let record: unknown;
  try {
    record = JSON.parse(source);
  } catch (error) {
    return skip(`bad JSON (${(error as Error).message}); fix or remove the line`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return skip('not a JSON object; expected {"id", "title", "date", "url", "text"}');
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== 'string') return skip('no "text" field; every line needs the article text');
  if (fields.text.trim() === '') return skip('empty "text"');
  let mojibake;
  try {
    mojibake = detectMojibake(fields.text);
  } catch (error) {
    return skip((error as Error).message);
  }
  const title = optionalString(fields.title);
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id).trim() : '';
  return {
    id: id || `${basename(file).replace(/\.jsonl(\.gz)?$/i, '')}-${line}`,
    title: mojibake && title ? decodeLegacy(title, mojibake.encoding) : title,
    date: isoDay(fields.date),
    url: optionalString(fields.url),
    text: mojibake?.text ?? fields.text,
    source: file,
    line,
  };
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Keeps `YYYY-MM-DD` (also the day of a full ISO timestamp); anything else is unknown. */
function isoDay(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value) ? value.slice(0, 10) : null;
}
