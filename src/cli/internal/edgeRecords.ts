import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../../export/index.js';
import type { EdgeRecordIndex, EdgeReuse } from '../../types.js';
import { CACHE_DIR } from './buildCache.js';
import { exportVersion } from './extractorVersion.js';

/**
 * `<out>/.kg-cache/records.bin`: where each edge record lies in the graph.json and graph.gexf
 * a build wrote, and which edges had changed since the snapshot it went on from. A later
 * build from the same snapshot copies the records of the edges unchanged in both builds
 * instead of rendering them again (most of the files, when a few articles were added).
 */
export interface EdgeRecords {
  version: string;
  /** The token of the snapshot those files were built from. */
  token: string;
  /** Edges changed since that snapshot when the files were written. */
  changed: string[];
  keys: string[];
  json: EdgeRecordIndex;
  gexf: EdgeRecordIndex;
}

const recordsPath = (outDir: string) => join(outDir, CACHE_DIR, 'records.bin');

/** What the previous files offer a build that went on from snapshot `token` and has changed `changed` since it; null when there is nothing usable. */
export async function loadEdgeRecords(outDir: string, token: string | null, changed: ReadonlySet<string> | null): Promise<{ json: EdgeReuse; gexf: EdgeReuse } | null> {
  if (!token || !changed) return null;
  let records: EdgeRecords;
  try {
    records = deserialize(await readFile(recordsPath(outDir))) as EdgeRecords;
  } catch {
    return null;
  }
  if (records.version !== exportVersion() || records.token !== token) return null;
  const changedBefore = new Set(records.changed);
  const unchanged = (key: string) => !changed.has(key) && !changedBefore.has(key);
  return { json: { keys: records.keys, index: records.json, unchanged }, gexf: { keys: records.keys, index: records.gexf, unchanged } };
}

/** Call before graph.json or graph.gexf is replaced: the records describe the files they were written with. */
export async function dropEdgeRecords(outDir: string): Promise<void> {
  await rm(recordsPath(outDir), { force: true });
}

export async function saveEdgeRecords(outDir: string, records: Omit<EdgeRecords, 'version'>): Promise<void> {
  await writeFileAtomic(recordsPath(outDir), serialize({ version: exportVersion(), ...records }));
}
