import { createHash } from 'node:crypto';
import { mkdir, open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../export/index.js';
import type { RawArticle } from '../../types.js';
import { extractorVersion } from './extractorVersion.js';

export const CACHE_DIR = '.kg-cache';

/**
 * The extractions of the previous build, found by a hash of each article's
 * content. No second copy is kept: the index points into the previous
 * extractions.jsonl, which stays readable until the new one replaces it.
 */
export interface BuildCache {
  /** The previous build's JSON line for this exact article, or null. */
  lookup(raw: RawArticle): Promise<string | null>;
  /** Notes that `json` was just written as the next line of the new extractions.jsonl. */
  record(raw: RawArticle, json: string): void;
  /**
   * Takes the first `size` bytes of the previous extractions.jsonl, copied first into the new
   * one, as already recorded. False unless the index was saved with this snapshot `token`: its
   * file then begins with that snapshot's lines (more may follow, to be read again).
   */
  adoptPrevious(size: number, token: string): boolean;
  /** Writes the index of the new extractions.jsonl, which begins with the lines of snapshot `token`; call once it is in place. */
  save(token: string | null): Promise<void>;
  close(): Promise<void>;
  readonly hits: number;
}

interface Entry {
  offset: number;
  length: number;
}

export interface BuildCacheOptions {
  /** False: look nothing up (extract everything again), but still index the new build. */
  reuse?: boolean;
  /** The extractor's version; tests pass their own. */
  version?: string;
}

/** Opens the cache in `outDir`; a missing, stale or unreadable cache is an empty one. */
export async function openBuildCache(outDir: string, options: BuildCacheOptions = {}): Promise<BuildCache> {
  const { reuse = true, version = extractorVersion() } = options;
  const extractionsPath = join(outDir, 'extractions.jsonl');
  const indexPath = join(outDir, CACHE_DIR, 'index.txt');
  const { entries, handle, size: previousSize, snapshot: previousSnapshot } = reuse
    ? await loadIndex(indexPath, extractionsPath, version)
    : { entries: new Map<string, Entry>(), handle: null, size: -1, snapshot: null };
  const keys = new WeakMap<RawArticle, string>();
  const keyOf = (raw: RawArticle): string => {
    let key = keys.get(raw);
    if (!key) keys.set(raw, (key = articleKey(raw, version)));
    return key;
  };
  const written: string[] = [];
  let offset = 0;
  let hits = 0;
  return {
    async lookup(raw) {
      const entry = handle && entries.get(keyOf(raw));
      if (!handle || !entry) return null;
      const buffer = Buffer.alloc(entry.length);
      const { bytesRead } = await handle.read(buffer, 0, entry.length, entry.offset);
      if (bytesRead !== entry.length) return null;
      hits++;
      return buffer.toString('utf8');
    },
    record(raw, json) {
      const length = Buffer.byteLength(json);
      written.push(`${keyOf(raw)} ${offset} ${length}`);
      offset += length + 1;
    },
    adoptPrevious(size, token) {
      if (!handle || previousSnapshot !== token || previousSize < size || written.length > 0) return false;
      for (const [key, entry] of [...entries].sort(([, a], [, b]) => a.offset - b.offset)) {
        if (entry.offset + entry.length <= size) written.push(`${key} ${entry.offset} ${entry.length}`);
      }
      offset = size;
      return true;
    },
    async save(token) {
      await mkdir(join(outDir, CACHE_DIR), { recursive: true });
      const header = JSON.stringify({ version, size: offset, snapshot: token });
      await writeFileAtomic(indexPath, `${header}\n${written.join('\n')}\n`);
    },
    async close() {
      await handle?.close();
    },
    get hits() {
      return hits;
    },
  };
}

/**
 * The article's content hash: every field the extraction is made from, and the
 * extractor's version. Not its line number, which the extraction does not
 * carry: an article added at the top of a JSON Lines file costs one extraction.
 */
export function articleKey(raw: RawArticle, version: string): string {
  const fields = [version, raw.id, raw.title, raw.date, raw.url, raw.source, raw.text];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

async function loadIndex(
  indexPath: string,
  extractionsPath: string,
  version: string,
): Promise<{ entries: Map<string, Entry>; handle: FileHandle | null; size: number; snapshot: string | null }> {
  const entries = new Map<string, Entry>();
  const none = { entries, handle: null, size: -1, snapshot: null };
  let lines: string[];
  let size: number;
  let snapshot: string | null;
  try {
    lines = (await readFile(indexPath, 'utf8')).split('\n');
    const header = JSON.parse(lines[0]!) as { version?: unknown; size?: unknown; snapshot?: unknown };
    size = (await stat(extractionsPath)).size;
    // A different extractor, or an extractions.jsonl the index was not written for (a build stopped between the two renames).
    if (header.version !== version || header.size !== size) return none;
    snapshot = typeof header.snapshot === 'string' ? header.snapshot : null;
  } catch {
    return none;
  }
  for (const line of lines.slice(1)) {
    const [key, offset, length] = line.split(' ');
    if (key && offset && length) entries.set(key, { offset: Number(offset), length: Number(length) });
  }
  const handle = await open(extractionsPath, 'r').catch(() => null);
  return { entries, handle, size, snapshot };
}
