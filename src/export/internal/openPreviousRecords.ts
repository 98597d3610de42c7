import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { EdgeReuse } from '../../types.js';
import type { PreviousRecords } from './edgeSection.js';

/** The file at `path` as `reuse` describes it, or null when it is missing or not the size its index says. */
export function openPreviousRecords(path: string, reuse: EdgeReuse, separator: string): PreviousRecords | null {
  const { keys, index } = reuse;
  if (keys.length !== index.lengths.length) return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  if (fstatSync(fd).size !== index.size) {
    closeSync(fd);
    return null;
  }
  const gap = Buffer.byteLength(separator);
  const offsets = new Float64Array(keys.length);
  const position = new Map<string, number>();
  let at = index.first;
  for (let i = 0; i < keys.length; i++) {
    offsets[i] = at;
    at += index.lengths[i]! + gap;
    position.set(keys[i]!, i);
  }
  return {
    position,
    lengths: index.lengths,
    read(start, count, prefix) {
      const from = offsets[start]!;
      const buffer = Buffer.allocUnsafe(offsets[start + count - 1]! + index.lengths[start + count - 1]! - from);
      if (readSync(fd, buffer, 0, buffer.length, from) !== buffer.length) return null;
      const expected = Buffer.from(prefix);
      return buffer.subarray(0, expected.length).equals(expected) ? buffer : null;
    },
    close: () => closeSync(fd),
  };
}
