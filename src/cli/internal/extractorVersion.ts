import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own layout changes. */
const CACHE_FORMAT = 1;
/** Everything an article's extraction depends on: code, lexicons and rule tables of these stages. */
const STAGES = ['clean', 'recognize', 'resolve', 'relate', 'pipeline'];

let memo: string | undefined;

/**
 * A hash of the extractor's code and data files as installed (the .ts sources
 * under the test runner, the .js build otherwise), so a cache entry made by any
 * other extractor is never reused.
 */
export function extractorVersion(): string {
  if (memo) return memo;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256').update(`kg-cache ${CACHE_FORMAT}\n`);
  for (const stage of STAGES) {
    for (const file of listFiles(join(root, stage))) {
      hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
    }
  }
  memo = hash.digest('hex').slice(0, 32);
  return memo;
}

function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith('.map') || entry.name.endsWith('.d.ts') ? [] : [path];
  });
}
