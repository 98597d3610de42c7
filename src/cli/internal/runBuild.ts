import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GraphAssembler, layoutInWorker, layoutJobOf } from '../../assemble/index.js';
import { createJsonlWriter, writeReport } from '../../export/index.js';
import { readInputs, type InputFile } from '../../ingest/index.js';
import type { BuildSummary, IngestWarning } from '../../types.js';
import { CACHE_DIR, openBuildCache } from './buildCache.js';
import { fileHashes, loadSnapshot, restoreState, saveSnapshot, snapshotOutgrown, unchangedPrefix, writeState, type PendingState } from './buildSnapshot.js';
import { createExtractPool, defaultJobs } from './createExtractPool.js';
import { createProgress } from './createProgress.js';
import { extractAll, extractionFailed } from './extractAll.js';
import { createWarningPrinter } from './createWarningPrinter.js';
import { dropEdgeRecords, loadEdgeRecords, saveEdgeRecords } from './edgeRecords.js';
import { formatSummary } from './formatSummary.js';
import { summarizeBuild } from './summarizeBuild.js';
import { formatCount, processIo, type CliIo } from './io.js';
import { onInterrupt } from './onInterrupt.js';
import { withCache } from './withCache.js';
import { writeGraphFiles } from './writeGraphFiles.js';

export interface BuildOptions {
  inputs: string[];
  outDir: string;
  quiet?: boolean;
  /** Extraction threads; default: one per core. */
  jobs?: number;
  /** Reuse the previous build's extractions of unchanged articles (default true); the cache is rewritten either way. */
  cache?: boolean;
}

export interface BuildResult {
  exitCode: number;
  /** Null when nothing was written. */
  summary: BuildSummary | null;
}

export const OUTPUT_FILES = ['graph.json', 'graph.gexf', 'extractions.jsonl', 'report.md'] as const;

/**
 * `kg build`: reads the inputs, extracts every article, assembles and lays out
 * the graph, and writes the output files. Each file is written to a temporary
 * name and renamed at the very end, so an interrupted or failed build leaves
 * the previous output in place. Articles whose content hash is in the cache
 * (outDir/.kg-cache, made by the previous build with the same extractor) are
 * not extracted again.
 */
export async function runBuild(options: BuildOptions, io: CliIo = processIo): Promise<BuildResult> {
  const started = performance.now();
  const outDir = resolve(options.outDir);
  const progress = createProgress({ stream: io.stderr, enabled: !options.quiet });
  const say = (line: string) => {
    if (!options.quiet) progress.log(line);
  };
  const skipped: IngestWarning[] = [];
  // The warnings of each input file, for the next build's snapshot.
  const fileWarnings: IngestWarning[][] = [];
  let currentFile = -1;
  const printWarning = createWarningPrinter((line) => progress.log(line));
  const onWarning = (w: IngestWarning) => {
    skipped.push(w);
    if (currentFile >= 0) fileWarnings[currentFile]!.push(w);
    printWarning(w);
  };

  let createdDir: string | undefined;
  try {
    createdDir = await mkdir(outDir, { recursive: true });
  } catch (error) {
    io.stderr.write(`kg build: cannot create the output directory ${outDir} (${(error as Error).message}); choose another --out\n`);
    return { exitCode: 1, summary: null };
  }

  let interrupted = false;
  const removeInterruptHandler = onInterrupt(() => {
    interrupted = true;
    progress.log(`kg build: interrupted; stopping without touching ${outDir}`);
  });
  // Opened with the first article, so a run that reads nothing leaves no temporary file behind.
  let extractions: ReturnType<typeof createJsonlWriter> | null = null;
  let assembler = new GraphAssembler();
  const cache = await openBuildCache(outDir, { reuse: options.cache !== false });
  const snapshot = options.cache !== false ? await loadSnapshot(outDir) : null;
  const hashes = fileHashes();
  const seen = new Map<string, string>();
  let listed: InputFile[] = [];
  let resumed = 0;
  let pendingState: PendingState | null = null;
  const pool = withCache(createExtractPool(options.jobs ?? defaultJobs()), cache);
  let articlesRead = 0;
  /** Starts from the previous build's snapshot when the inputs begin with its files, unchanged. */
  const resume = async (files: InputFile[]): Promise<number> => {
    listed = files;
    const count = snapshot ? await unchangedPrefix(snapshot, files, hashes) : 0;
    const state = count > 0 && snapshot ? await restoreState(outDir, snapshot) : null;
    if (!state || !snapshot || !cache.adoptPrevious(snapshot.extractionsSize, snapshot.token)) return 0;
    assembler = new GraphAssembler(state);
    for (const [id, where] of snapshot.seen) seen.set(id, where);
    for (const [i, warnings] of snapshot.warnings.entries()) {
      currentFile = i;
      fileWarnings[i] = [];
      warnings.forEach(onWarning);
    }
    articlesRead = snapshot.articlesRead;
    extractions = createJsonlWriter(join(outDir, 'extractions.jsonl'));
    await extractions.copyFrom(join(outDir, 'extractions.jsonl'), snapshot.extractionsSize);
    resumed = count;
    return count;
  };
  try {
    let bytesDone = 0;
    let bytesTotal = 0;
    const articles = readInputs(options.inputs, onWarning, {
      exclude: [outDir],
      seen,
      resume,
      onFile: (index) => {
        currentFile = index;
        fileWarnings[index] ??= [];
      },
      onProgress: (done, total) => {
        bytesDone = done;
        bytesTotal = total;
        progress.update(done, total, articlesRead);
      },
    });
    for await (const result of extractAll(articles, pool)) {
      if (interrupted) break;
      if ('error' in result) {
        onWarning(extractionFailed(result.raw, result.error));
        continue;
      }
      assembler.add(result.extraction);
      extractions ??= createJsonlWriter(join(outDir, 'extractions.jsonl'));
      extractions.write(result.json);
      cache.record(result.raw, result.json);
      articlesRead++;
      progress.update(bytesDone, bytesTotal, articlesRead);
    }
    progress.stop();
    printWarning.flush();
    await pool.close();
    if (interrupted || articlesRead === 0 || !extractions) {
      if (createdDir) await rm(createdDir, { recursive: true, force: true });
    }
    if (interrupted) return { exitCode: 130, summary: null };
    if (articlesRead === 0 || !extractions) {
      io.stderr.write(`kg build: nothing usable was read from ${options.inputs.join(', ')}; no files were written\n`);
      return { exitCode: 1, summary: null };
    }

    if (resumed > 0) say(`Went on from the previous build of ${formatCount(resumed)} unchanged input file${resumed === 1 ? '' : 's'} (${join(outDir, CACHE_DIR)})`);
    if (cache.hits > 0) say(`Reused ${formatCount(cache.hits)} of ${formatCount(articlesRead)} extractions from ${join(outDir, CACHE_DIR)}`);
    // Written now: finish() and the layout change the state. Kept as it is when only a few articles came after it.
    const keptSnapshot = resumed > 0 && snapshot && !snapshotOutgrown(snapshot, articlesRead) ? snapshot : null;
    let token: string;
    if (keptSnapshot) token = keptSnapshot.token;
    else {
      pendingState = await writeState(outDir, assembler.state());
      token = pendingState.token;
    }
    // The layout starts on another thread as soon as the order is known, and runs while the graph is written.
    const order = assembler.order();
    const layout = layoutInWorker(layoutJobOf(order));
    // Awaited by writeGraphFiles; observed now, so that a failure while the graph is built is not reported as unhandled.
    layout.catch(() => undefined);
    const graph = assembler.view(order);
    const reuse = await loadEdgeRecords(outDir, resumed > 0 && snapshot ? snapshot.token : null, assembler.changedEdges());
    say(`Laying out ${formatCount(graph.order)} nodes and ${formatCount(graph.size)} edges, and writing ${outDir}…`);
    const records = await writeGraphFiles(graph, outDir, { layout, reuse, stopped: () => interrupted, beforeRename: () => dropEdgeRecords(outDir) });
    if (!records) return { exitCode: 130, summary: null };
    const summary = summarizeBuild(graph, { inputs: options.inputs, articlesRead, skipped, outDir, started, files: [...OUTPUT_FILES] });
    await extractions.close();
    extractions = null;
    await cache.save(token);
    if (pendingState) {
      const extractionsSize = (await stat(join(outDir, 'extractions.jsonl'))).size;
      await pendingState.commit();
      pendingState = null;
      await saveSnapshot(outDir, {
        files: await Promise.all(listed.map(async (f) => ({ path: f.path, size: f.size, hash: await hashes.of(f.path) }))),
        warnings: listed.map((_, i) => fileWarnings[i] ?? []),
        seen, articlesRead, extractionsSize, token,
      });
    }
    // Changes are counted from the snapshot the files now come from: none, when it was just taken.
    await saveEdgeRecords(outDir, { token, changed: keptSnapshot ? [...(assembler.changedEdges() ?? [])] : [], keys: order.edges.map((edge) => edge.key), ...records });
    summary.seconds = (performance.now() - started) / 1000;
    await writeReport(summary, join(outDir, 'report.md'));
    io.stdout.write(formatSummary(summary));
    return { exitCode: 0, summary };
  } finally {
    progress.stop();
    removeInterruptHandler();
    // Interrupted or failed before the rename: no temporary file is left behind.
    await extractions?.abort();
    await pendingState?.abort();
    await pool.close();
    await cache.close();
  }
}
