import type { IngestWarning, RawArticle } from '../types.js';
import { IngestError } from './IngestError.js';
import { listInputs, type InputFile } from './listInputs.js';
import { readJsonLines } from './readJsonLines.js';
import { readTextFile } from './readTextFile.js';

export interface ReadInputsOptions {
  /**
   * Called as input bytes are consumed (compressed bytes for `.gz`);
   * `bytesTotal` is the sum of the sizes of all input files.
   */
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Paths not to read when met inside an input directory (the output directory). */
  exclude?: string[];
  /** Article id → where it was first read. Pass one to keep it after the run, or to go on from a previous run's. */
  seen?: Map<string, string>;
  /**
   * Called once the inputs are listed: how many leading files not to read, because a previous
   * run read them unchanged (their articles must be in `seen` already).
   */
  resume?: (files: InputFile[]) => Promise<number>;
  /** Called before each listed file is read, or passed over by `resume`. */
  onFile?: (index: number, file: InputFile) => void;
}

/**
 * Streams the articles of the given files and directories, in a stable order.
 * Every input that cannot be used (missing, empty, binary, not UTF-8, bad JSON
 * line, duplicate article id…) is passed to `onWarning` and skipped; the
 * generator itself only throws for programming errors.
 */
export async function* readInputs(
  paths: string[],
  onWarning: (w: IngestWarning) => void,
  options: ReadInputsOptions = {},
): AsyncGenerator<RawArticle> {
  const files = await listInputs(paths, onWarning, options.exclude);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const progress = options.onProgress ?? (() => {});
  const firstSeen = options.seen ?? new Map<string, string>();
  const skip = options.resume ? await options.resume(files) : 0;
  let done = files.slice(0, skip).reduce((sum, file) => sum + file.size, 0);
  progress(done, total);

  const unique = (article: RawArticle): boolean => {
    const where = article.line === undefined ? article.source : `${article.source}:${article.line}`;
    const first = firstSeen.get(article.id);
    if (first === undefined) {
      firstSeen.set(article.id, where);
      return true;
    }
    const reason = `duplicate article id "${article.id}" (first read from ${first}); skipped`;
    onWarning(article.line === undefined ? { file: article.source, reason } : { file: article.source, line: article.line, reason });
    return false;
  };

  for (const [index, file] of files.entries()) {
    options.onFile?.(index, file);
    if (index < skip) continue;
    const before = done;
    try {
      if (file.kind === 'jsonl') {
        const articles = readJsonLines(file.path, onWarning, (bytes) => progress((done = before + bytes), total));
        for await (const article of articles) if (unique(article)) yield article;
      } else {
        const article = await readTextFile(file.path, file.kind === 'html');
        if (unique(article)) yield article;
      }
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      onWarning(error.toWarning());
    }
    done = before + file.size;
    progress(done, total);
  }
}
