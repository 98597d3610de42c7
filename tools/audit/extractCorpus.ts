import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { CleanArticle, Extraction, RawArticle } from '../../src/types.js';

type Ingest = typeof import('../../src/ingest/index.js');
type Clean = typeof import('../../src/clean/index.js');

export interface ExtractOptions {
  /** The project root, holding dist/ (built by `npm run build`). */
  root: string;
  jobs: number;
  limit: number | null;
  /** A saved `kg extract` output to read instead of running the extractor. */
  extractions: string | null;
}

export interface Extracted {
  article: CleanArticle;
  extraction: Extraction;
}

/**
 * Runs the built extractor (`kg extract`, its worker pool) over the inputs as a child process
 * and yields each extraction with its article cleaned by the same built clean stage, so the
 * mention offsets of the extraction point into `article.text`.
 */
export async function* extractCorpus(inputs: string[], options: ExtractOptions): AsyncGenerator<Extracted> {
  const dist = join(options.root, 'dist');
  const cli = join(dist, 'cli', 'main.js');
  if (!existsSync(cli)) throw new Error(`${cli} not found: run \`npm run build\` first`);
  const { readInputs } = (await import(pathToFileURL(join(dist, 'ingest', 'index.js')).href)) as Ingest;
  const { cleanArticle } = (await import(pathToFileURL(join(dist, 'clean', 'index.js')).href)) as Clean;

  const child = options.extractions
    ? null
    : spawn(process.execPath, [cli, 'extract', ...inputs, '--jobs', String(options.jobs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child ? child.stdout! : createReadStream(options.extractions!), crlfDelay: Infinity });
  // `kg extract` reports unusable input on its stderr, which is ours; here it is only passed over.
  const raws = readInputs(inputs, () => {})[Symbol.asyncIterator]();

  let count = 0;
  try {
    for await (const line of lines) {
      if (options.limit !== null && count >= options.limit) break;
      if (!line.trim()) continue;
      const extraction = JSON.parse(line) as Extraction;
      const raw = await rawOf(raws, extraction.article.id);
      if (!raw) throw new Error(`article ${extraction.article.id} of the extractions is not in ${inputs.join(', ')} (in that order)`);
      count++;
      yield { article: cleanArticle(raw), extraction };
    }
  } finally {
    lines.close();
    await raws.return(undefined);
    // Stopping early (--limit) closes the pipe; `kg extract` then stops quietly.
    if (child && child.exitCode === null) {
      child.stdout?.destroy();
      child.kill();
    }
  }
  if (child && options.limit === null) {
    const code = child.exitCode ?? (await new Promise<number | null>((resolve) => child.once('close', resolve)));
    if (code !== 0) throw new Error(`kg extract exited with ${code} (its messages are above)`);
  }
}

/** The next raw article with this id; articles the extractor skipped (it warned about them) are passed over. */
async function rawOf(raws: AsyncIterator<RawArticle>, id: string): Promise<RawArticle | null> {
  for (;;) {
    const next = await raws.next();
    if (next.done) return null;
    if (next.value.id === id) return next.value;
  }
}
