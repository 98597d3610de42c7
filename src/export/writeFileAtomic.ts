import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp file next to the target: rename is only atomic within one file system. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Strings are joined into bigger writes; bytes (such as a file's being copied) go out as they are. */
export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes to a temp file, fsyncs it, then renames it over `path`: readers never see half a file.
 * `data` may be a sequence of chunks, so a corpus-sized export is never one string in memory.
 */
export async function writeFileAtomic(path: string, data: string | Buffer | Chunks): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'w');
    try {
      if (typeof data === 'string' || Buffer.isBuffer(data)) await handle.writeFile(data);
      else await writeChunks(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Joins small chunks into ~1 MB writes: one syscall per chunk would be slow. */
export async function writeChunks(handle: FileHandle, chunks: Chunks): Promise<void> {
  let buffer: string[] = [];
  let length = 0;
  const flush = async () => {
    if (length > 0) await handle.write(buffer.join(''));
    buffer = [];
    length = 0;
  };
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      await flush();
      await handle.write(chunk);
      continue;
    }
    buffer.push(chunk);
    length += chunk.length;
    if (length >= 1 << 20) await flush();
  }
  await flush();
}
