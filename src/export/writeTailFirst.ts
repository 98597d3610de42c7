import { createReadStream } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { tempPathFor, writeChunks, writeFileAtomic } from './writeFileAtomic.js';

export interface TailFirst {
  tail: Iterable<string | Uint8Array>;
  /** Called once the tail is written, before waiting for `ready`: work that need not wait. */
  prepare?: () => void;
  ready: Promise<unknown>;
  head: () => Iterable<string>;
}

/**
 * Writes `head` then `tail` to `path`, atomically, but produces `tail` first: it goes to a
 * side file now, and `head` is only asked for once `ready` resolves. graph.json and
 * graph.gexf end with their edges, which do not depend on the layout; their nodes do, so
 * the edges are written while the layout runs on another thread. Resolves to the file's byte
 * size and where the tail starts in it.
 */
export async function writeTailFirst(path: string, { tail, prepare, ready, head }: TailFirst): Promise<{ size: number; tailStart: number }> {
  // Observed at once: a rejection while the tail is being written is thrown by `await ready`, not reported as unhandled.
  ready.catch(() => undefined);
  const side = tempPathFor(`${path}-tail`);
  try {
    const handle = await open(side, 'w');
    try {
      await writeChunks(handle, tail);
    } finally {
      await handle.close();
    }
    const tailSize = (await stat(side)).size;
    prepare?.();
    await ready;
    await writeFileAtomic(path, (async function* () {
      yield* head();
      yield* createReadStream(side, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
    })());
    const { size } = await stat(path);
    return { size, tailStart: size - tailSize };
  } finally {
    await unlink(side).catch(() => undefined);
  }
}
