import type { EdgeRecordIndex, EdgeReuse } from '../types.js';
import type { GraphParts, SectionOptions } from './internal/edgeSection.js';
import { openPreviousRecords } from './internal/openPreviousRecords.js';
import { writeTailFirst } from './writeTailFirst.js';

export interface WriteGraphOptions {
  /** The nodes are written once this resolves (the layout); the edges, which do not depend on it, at once. */
  positioned?: Promise<unknown>;
  /** Copy the unchanged edge records from the file being replaced. */
  reuse?: EdgeReuse | null;
}

/** Writes a file's parts tail first (see writeTailFirst), copying what `reuse` allows, and indexes its edge records. */
export async function writeParts(
  path: string,
  makeParts: (section: SectionOptions) => GraphParts,
  separator: string,
  options: WriteGraphOptions,
): Promise<EdgeRecordIndex> {
  const previous = options.reuse ? openPreviousRecords(path, options.reuse, separator) : null;
  try {
    const parts = makeParts({ measure: (chunk) => Buffer.byteLength(chunk), previous, unchanged: options.reuse?.unchanged });
    const { size, tailStart } = await writeTailFirst(path, {
      tail: parts.edges(), prepare: parts.prepare, ready: options.positioned ?? Promise.resolve(), head: parts.nodes,
    });
    return { size, first: tailStart + parts.records.firstOffset, lengths: Uint32Array.from(parts.records.lengths) };
  } finally {
    previous?.close();
  }
}
