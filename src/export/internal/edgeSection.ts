import type { GraphSource, GraphSourceEdge as EdgeEntry } from '../../types.js';

export type { EdgeEntry };

/** The edge records of the file being replaced (see openPreviousRecords.ts). */
export interface PreviousRecords {
  /** Record number of each key. */
  position: Map<string, number>;
  lengths: Uint32Array;
  /** The bytes of `count` consecutive records from record `start`, or null unless they begin with `prefix`. */
  read(start: number, count: number, prefix: string): Uint8Array | null;
  close(): void;
}

/** How the parts of a file are made: plain, or copying records and indexing them (Node only). */
export interface SectionOptions {
  /** UTF-8 byte length of a string: given, the section's records are indexed. */
  measure?: (chunk: string) => number;
  previous?: PreviousRecords | null;
  /** False for an edge whose record would not be the same bytes as in the previous file. */
  unchanged?: (key: string) => boolean;
}

/** Each record's byte length, and the first one's offset in the section; filled while it is produced. */
export interface SectionRecords {
  lengths: number[];
  firstOffset: number;
}

/** A file in two parts, `nodes` then `edges`; either may be produced first (the GEXF's edges must). */
export interface GraphParts {
  /** Renders now what of the nodes does not depend on their positions: `nodes()` then only fills those in. */
  prepare: () => void;
  nodes: () => Generator<string>;
  edges: () => Generator<string | Uint8Array>;
  /** Filled in while `edges()` runs, when `SectionOptions.measure` was given. */
  records: SectionRecords;
}

interface Format {
  open: string;
  close: string;
  /** Between two records (graph.json's comma); none for GEXF, whose records are lines. */
  separator: string;
  render: (entry: EdgeEntry) => string;
  /** Called for every edge, copied or rendered (the GEXF header's column types need them all). */
  visit?: (entry: EdgeEntry) => void;
  /** How a record begins: copied bytes that do not are rendered instead. */
  prefix: (key: string) => string;
}

/** Copied runs are capped, so one read never holds more than a few megabytes. */
const MAX_RUN_BYTES = 4 << 20;

/**
 * The edges of `graph` as one section of a file: rendered, or copied byte for byte from the
 * previous file when `unchanged` says so (consecutive records in one read).
 */
export function* edgeSection(graph: GraphSource, format: Format, options: SectionOptions, out: SectionRecords): Generator<string | Uint8Array> {
  const { separator, render, visit, prefix } = format;
  const { measure, previous, unchanged } = options;
  yield format.open;
  out.firstOffset = measure ? measure(format.open) : 0;
  let first = true;
  let run: EdgeEntry[] = [];
  let runStart = -1;
  let runBytes = 0;
  function* one(entry: EdgeEntry): Generator<string> {
    const record = render(entry);
    if (!first) yield separator;
    if (measure) out.lengths.push(measure(record));
    yield record;
    first = false;
  }
  function* flush(): Generator<string | Uint8Array> {
    if (run.length === 0) return;
    const bytes = previous!.read(runStart, run.length, prefix(run[0]!.edge));
    if (bytes) {
      if (!first) yield separator;
      yield bytes;
      for (let i = 0; i < run.length; i++) out.lengths.push(previous!.lengths[runStart + i]!);
      first = false;
    } else {
      for (const entry of run) yield* one(entry);
    }
    run = [];
    runBytes = 0;
  }
  for (const entry of graph.edgeEntries()) {
    visit?.(entry);
    const at = previous && measure && unchanged?.(entry.edge) ? previous.position.get(entry.edge) : undefined;
    if (at !== undefined && run.length > 0 && at === runStart + run.length && runBytes < MAX_RUN_BYTES) {
      run.push(entry);
      runBytes += previous!.lengths[at]!;
      continue;
    }
    yield* flush();
    if (at === undefined) yield* one(entry);
    else {
      run = [entry];
      runStart = at;
      runBytes = previous!.lengths[at]!;
    }
  }
  yield* flush();
  yield format.close;
}
