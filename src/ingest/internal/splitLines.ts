import type { Readable } from 'node:stream';

export interface ByteLine {
  /** 1-based line number. */
  line: number;
  bytes: Buffer;
}

/**
 * Splits a byte stream on `\n` without decoding it, so each line can be
 * checked for valid UTF-8 on its own. A stream error is thrown after the
 * complete lines read before it; the unterminated tail is then dropped.
 */
export async function* splitLines(source: Readable): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    let start = 0;
    let newline: number;
    while ((newline = chunk.indexOf(0x0a, start)) !== -1) {
      const piece = chunk.subarray(start, newline);
      const bytes = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      yield { line: ++line, bytes };
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield { line: ++line, bytes: Buffer.concat(pending) };
}
