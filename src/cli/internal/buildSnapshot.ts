import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AssemblerState } from '../../assemble/GraphAssembler.js';
import { writeFileAtomic } from '../../export/index.js';
import { tempPathFor } from '../../export/writeFileAtomic.js';
import type { InputFile } from '../../ingest/index.js';
import type { IngestWarning } from '../../types.js';
import { CACHE_DIR } from './buildCache.js';
import { assemblyVersion } from './extractorVersion.js';
import { readStateFile, writeStateFile } from './stateFile.js';

/**
 * What a build had gathered when it finished reading: the assembler's state and the files it
 * came from. A later build whose inputs begin with exactly these files, unchanged, starts from
 * it and reads only the files after them — adding a file of new articles to a big corpus costs
 * the new articles, not the corpus. Kept in `<out>/.kg-cache/snapshot.bin`, and the state in
 * `state.bin` beside it, written as soon as reading ends so that its buffer is freed before the
 * layout and the exports need their memory; a token pairs the two.
 */
export interface BuildSnapshot {
  version: string;
  files: Array<{ path: string; size: number; hash: string }>;
  /** The warnings of each file, in order, as they were reported. */
  warnings: IngestWarning[][];
  /** Article id → where it was first read. */
  seen: Map<string, string>;
  articlesRead: number;
  /** Size of the extractions.jsonl the build wrote: its lines are those files' extractions. */
  extractionsSize: number;
  /** The token of the state.bin written with it. */
  token: string;
}

/** A state.bin written under a temporary name, renamed into place by `commit()`. */
export interface PendingState {
  token: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

const snapshotPath = (outDir: string) => join(outDir, CACHE_DIR, 'snapshot.bin');
const statePath = (outDir: string) => join(outDir, CACHE_DIR, 'state.bin');

/** The previous build's snapshot, or null when there is none usable (other code, damaged file). */
export async function loadSnapshot(outDir: string): Promise<BuildSnapshot | null> {
  try {
    const snapshot = deserialize(await readFile(snapshotPath(outDir))) as BuildSnapshot;
    return snapshot.version === assemblyVersion() ? snapshot : null;
  } catch {
    return null;
  }
}

export async function saveSnapshot(outDir: string, snapshot: Omit<BuildSnapshot, 'version'>): Promise<void> {
  await mkdir(join(outDir, CACHE_DIR), { recursive: true });
  await writeFileAtomic(snapshotPath(outDir), serialize({ version: assemblyVersion(), ...snapshot }));
}

/**
 * Whether a build that went on from `snapshot` and read `articlesRead` articles in all should
 * write a new one. A few articles past it cost less to read again (from the article cache) at
 * each later build than a new state.bin costs to write, about a second for a 35k-article corpus;
 * past a fiftieth of its articles, a new snapshot is taken.
 */
export function snapshotOutgrown(snapshot: BuildSnapshot, articlesRead: number): boolean {
  return articlesRead - snapshot.articlesRead > snapshot.articlesRead / 50;
}

/** Call before `finish()`, which changes the state. */
export async function writeState(outDir: string, state: AssemblerState): Promise<PendingState> {
  await mkdir(join(outDir, CACHE_DIR), { recursive: true });
  const token = randomUUID();
  const temp = tempPathFor(statePath(outDir));
  await writeStateFile(temp, token, state);
  return {
    token,
    commit: () => rename(temp, statePath(outDir)),
    abort: () => unlink(temp).catch(() => undefined),
  };
}

/** The snapshot's state, or null when state.bin is missing, damaged or from another build. */
export async function restoreState(outDir: string, snapshot: BuildSnapshot): Promise<AssemblerState | null> {
  try {
    const stored = await readStateFile(statePath(outDir));
    return stored.token === snapshot.token ? stored.state : null;
  } catch {
    return null;
  }
}

/** How many leading `files` are the snapshot's files, unchanged: all of its files, or 0. */
export async function unchangedPrefix(snapshot: BuildSnapshot, files: InputFile[], hashes: FileHashes): Promise<number> {
  if (snapshot.files.length === 0 || snapshot.files.length > files.length) return 0;
  for (const [i, known] of snapshot.files.entries()) {
    const file = files[i]!;
    if (file.path !== known.path || file.size !== known.size || (await hashes.of(file.path)) !== known.hash) return 0;
  }
  return snapshot.files.length;
}

/** Content hashes of input files, each computed once per build. */
export interface FileHashes {
  of(path: string): Promise<string>;
}

export function fileHashes(): FileHashes {
  const known = new Map<string, Promise<string>>();
  return {
    of(path) {
      let hash = known.get(path);
      if (!hash) known.set(path, (hash = hashFile(path)));
      return hash;
    },
  };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
