import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import type { IngestWarning, RawArticle } from '../../src/types.js';

/** A fresh temp dir with the given files (relative path → content). */
export async function fixtureDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

export async function readAll(paths: string[]): Promise<{ articles: RawArticle[]; warnings: IngestWarning[] }> {
  const warnings: IngestWarning[] = [];
  const articles: RawArticle[] = [];
  for await (const article of readInputs(paths, (w) => warnings.push(w))) articles.push(article);
  return { articles, warnings };
}
