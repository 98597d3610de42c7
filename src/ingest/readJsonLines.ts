import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { IngestWarning, RawArticle } from '../types.js';
import { IngestError } from './IngestError.js';
import { describeFsError } from './listInputs.js';
import { parseArticleLine } from './parseArticleLine.js';
import { isGzip, sniffBinary } from './internal/sniffBinary.js';
import { splitLines } from './internal/splitLines.js';

/**
 * Streams the articles of a JSON Lines file, gzipped or not (told by its
 * first bytes, not its name), one line at a time so a corpus of any size
 * reads in constant memory. Bad lines are reported with their number and
 * skipped; a truncated or corrupt gzip is reported and what was read is kept.
 * Throws IngestError only before the first article (missing, empty, binary).
 * `onBytes` receives the number of file bytes read so far, as they are read.
 */
export async function* readJsonLines(
  path: string,
  onWarning: (w: IngestWarning) => void,
  onBytes: (bytesRead: number) => void = () => {},
): AsyncGenerator<RawArticle> {
  const head = await readHead(path);
  if (head.length === 0) throw new IngestError(path, 'empty file');
  const gzip = isGzip(head);
  const binary = gzip ? null : sniffBinary(head);
  if (binary) throw new IngestError(path, `binary file (${binary}), not JSON Lines; remove it from the inputs`);

  const file = createReadStream(path, { highWaterMark: 1 << 18 });
  let bytesRead = 0;
  file.on('data', (chunk) => onBytes((bytesRead += chunk.length)));
  let source: Readable = file;
  if (gzip) {
    const gunzip = createGunzip({ chunkSize: 1 << 16 });
    file.on('error', (error) => gunzip.destroy(error));
    source = file.pipe(gunzip);
  }

  let lastLine = 0;
  let articles = 0;
  let problems = 0;
  const report = (w: IngestWarning) => {
    problems++;
    onWarning(w);
  };
  try {
    for await (const { line, bytes } of splitLines(source)) {
      lastLine = line;
      const article = parseArticleLine(bytes, path, line, report);
      if (article) {
        articles++;
        yield article;
      }
    }
  } catch (error) {
    file.destroy();
    report({ file: path, reason: describeStreamError(error, lastLine, articles) });
    return;
  }
  if (articles === 0 && problems === 0) report({ file: path, reason: 'contains no articles (only blank lines)' });
}

async function readHead(path: string): Promise<Buffer> {
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new IngestError(path, describeFsError(error));
  }
}

function describeStreamError(error: unknown, lastLine: number, articles: number): string {
  const code = (error as NodeJS.ErrnoException).code;
  const kept = `the ${articles} article(s) before it were kept`;
  if (code === 'Z_BUF_ERROR') {
    return `truncated gzip file: it ends in the middle of line ${lastLine + 1}; ${kept}; re-download or re-compress it`;
  }
  if (code === 'Z_DATA_ERROR') return `corrupt gzip data after line ${lastLine}; ${kept}; re-download or re-compress it`;
  return `${describeFsError(error)} after line ${lastLine}; ${kept}`;
}
