import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own layout changes. */
const CACHE_FORMAT = 1;
/** Everything an article's extraction depends on: code, lexicons and rule tables of these stages. */
const STAGES = ['clean', 'recognize', 'resolve', 'relate', 'pipeline'];
/** And what an assembled graph depends on besides. */
const ASSEMBLY_STAGES = [...STAGES, 'ingest', 'assemble'];

const memo = new Map<string, string>();

/**
 * A hash of the extractor's code and data files as installed (the .ts sources
 * under the test runner, the .js build otherwise), so a cache entry made by any
 * other extractor is never reused.
 */
export function extractorVersion(): string {
  return codeVersion(STAGES);
}

/** The same for a build snapshot (see buildSnapshot.ts): reading and assembling code too. */
export function assemblyVersion(): string {
  return codeVersion(ASSEMBLY_STAGES);
}

/** And for the edge records copied from the previous exports (see edgeRecords.ts): the export code too. */
export function exportVersion(): string {
  return codeVersion([...ASSEMBLY_STAGES, 'export']);
}

function codeVersion(stages: string[]): string {
  const key = stages.join(' ');
  const known = memo.get(key);
  if (known) return known;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256').update(`kg-cache ${CACHE_FORMAT}\n`);
  for (const stage of stages) {
    for (const file of listFiles(join(root, stage))) {
      hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
    }
  }
  const version = hash.digest('hex').slice(0, 32);
  memo.set(key, version);
  return version;
}

function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.name.endsWith('.map') || entry.name.endsWith('.d.ts') ? [] : [path];
  });
}
