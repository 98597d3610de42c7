import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawArticle } from '../types.js';
import { decodeText } from './decodeText.js';
import { htmlToText } from './htmlToText.js';
import { IngestError } from './IngestError.js';
import { describeFsError } from './listInputs.js';

/** Reads one `.txt`/`.md`/`.html` article; throws IngestError when it must be skipped. */
export async function readTextFile(path: string, html: boolean): Promise<RawArticle> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new IngestError(path, describeFsError(error));
  }
  if (bytes.length === 0) throw new IngestError(path, 'empty file');
  let content: string;
  try {
    content = decodeText(bytes);
  } catch (error) {
    throw new IngestError(path, (error as Error).message);
  }
  if (content.trim() === '') throw new IngestError(path, 'contains only whitespace');
  const { title, text } = html ? htmlToText(content) : { title: headline(content), text: content };
  if (text.trim() === '') throw new IngestError(path, 'HTML page without article text');
  return { id: articleId(path), title, date: null, url: null, text, source: path };
}

/** A plain-text article opens with its headline: the first non-empty line, markdown heading marks removed. */
function headline(content: string): string | null {
  const line = content.split(/\r?\n/).find((l) => l.trim() !== '');
  const title = line?.replace(/^\s*#+\s*/, '').trim().slice(0, 300);
  return title ? title : null;
}

/** The file name without its extension ("a/b/003_f1e8.txt" → "003_f1e8"). */
export function articleId(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
