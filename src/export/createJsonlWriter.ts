import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tempPathFor } from './writeFileAtomic.js';

export interface JsonlWriter {
  /** Writes one line: a value already serialized as JSON. */
  write(json: string): void;
  /** Writes the first `bytes` bytes of another file of JSON lines (a previous build's lines). */
  copyFrom(path: string, bytes: number): Promise<void>;
  /** Flushes, fsyncs and renames the temp file into place. */
  close(): Promise<void>;
  /** Drops everything written so far; the target file is left untouched. */
  abort(): Promise<void>;
}

/** Streams JSON lines to a temp file so a crash never leaves a truncated extractions.jsonl. */
export function createJsonlWriter(path: string): JsonlWriter {
  const temp = tempPathFor(path);
  const stream = createWriteStream(temp);
  let failure: Error | null = null;
  stream.on('error', (error) => { failure = error; });
  const ended = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.end(() => resolve());
      stream.once('error', reject);
    });
  return {
    write(json) {
      stream.write(`${json}\n`);
    },
    async copyFrom(from, bytes) {
      if (bytes === 0) return;
      for await (const chunk of createReadStream(from, { start: 0, end: bytes - 1 })) {
        if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      }
    },
    async close() {
      await ended();
      if (failure) throw failure;
      const handle = await open(temp, 'r+');
      try { await handle.sync(); } finally { await handle.close(); }
      await rename(temp, path);
    },
    async abort() {
      await ended().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}
