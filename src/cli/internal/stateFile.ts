import { open, readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { AssemblerState } from '../../assemble/GraphAssembler.js';

/** Map entries per record: one record's buffer is all that is held beside the state while writing. */
const CHUNK = 5000;

/**
 * state.bin: length-prefixed `v8.serialize` records — a header `{token, articleCount, nodes,
 * edges}`, then the node and edge Map entries in chunks. One buffer for the whole state would
 * double a big build's peak memory at the moment it is taken.
 */
export async function writeStateFile(path: string, token: string, state: AssemblerState): Promise<void> {
  const handle = await open(path, 'w');
  try {
    const put = async (value: unknown) => {
      const body = serialize(value);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      await handle.write(head);
      await handle.write(body);
    };
    await put({ token, articleCount: state.articleCount, nodes: state.nodes.size, edges: state.edges.size });
    for (const map of [state.nodes, state.edges] as Array<Map<string, unknown>>) {
      let chunk: Array<[string, unknown]> = [];
      for (const entry of map) {
        chunk.push(entry);
        if (chunk.length === CHUNK) {
          await put(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) await put(chunk);
    }
  } finally {
    await handle.close();
  }
}

export async function readStateFile(path: string): Promise<{ token: string; state: AssemblerState }> {
  const data = await readFile(path);
  let at = 0;
  const next = (): unknown => {
    const length = data.readUInt32LE(at);
    const value: unknown = deserialize(data.subarray(at + 4, at + 4 + length));
    at += 4 + length;
    return value;
  };
  const header = next() as { token: string; articleCount: number; nodes: number; edges: number };
  const fill = (count: number) => {
    const map = new Map<string, unknown>();
    while (map.size < count) for (const [k, v] of next() as Array<[string, unknown]>) map.set(k, v);
    return map;
  };
  const nodes = fill(header.nodes) as AssemblerState['nodes'];
  const edges = fill(header.edges) as AssemblerState['edges'];
  if (at !== data.length) throw new Error(`${path}: ${data.length - at} bytes after the state`);
  return { token: header.token, state: { nodes, edges, articleCount: header.articleCount } };
}
