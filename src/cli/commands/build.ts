import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { parseJobs } from '../internal/parseJobs.js';

/** `kg build <inputs...> [--out dir] [--quiet]` */
export function register(program: Command): void {
  program
    .command('build')
    .summary('build the knowledge graph from articles')
    .description(
      'Read articles, extract people, localities, organizations, events and the relations ' +
        'between them, and write the graph files into the output directory.',
    )
    .argument('<inputs...>', 'article files or directories (.txt, .md, .html, .htm, .jsonl, .jsonl.gz; directories are read recursively)')
    .option('-o, --out <dir>', 'output directory', 'graph')
    .option('-q, --quiet', 'no progress bar or progress lines', false)
    .option('-j, --jobs <n>', `extraction threads (default: number of cores, here ${availableParallelism()})`, parseJobs)
    .option('--no-cache', 'extract every article again instead of reusing unchanged ones from <out>/.kg-cache')
    .addHelpText(
      'after',
      `
Writes into the output directory:
  graph.json         the graph (graphology serialization), with layout positions
  graph.gexf         the same graph as GEXF 1.3 for Gephi
  extractions.jsonl  one line per article: its entities and relations
  report.md          a build report: counts, skipped inputs and why
  .kg-cache/         an index of extractions.jsonl by article content hash: the next
                     build extracts only new or changed articles (or all, after the
                     extractor changed); delete it or pass --no-cache to redo all

Text is read as UTF-8 or UTF-16 (with BOM); Windows-1258, VNI and TCVN3 (ABC) files
are converted when exactly one of them reads as Vietnamese.
Inputs that cannot be used (empty, binary, an encoding that cannot be told reliably,
bad JSON line), and articles the extractor fails on or needs more than 60 s for,
are reported on stderr as "warning: <file>[:<line>]: <reason>" and skipped. Exit code 0 when
at least one article was read, 1 when nothing usable was read (no files are
written then), 130 when interrupted (the previous files are left in place).

Examples:
  kg build seeds
  kg build ../shared/corpus/baomoi-2017.jsonl.gz --out /tmp/kg-baomoi`,
    )
    .action(async (inputs: string[], options: { out: string; quiet: boolean; jobs?: number; cache: boolean }) => {
      // Loaded on use: the pipeline's lexicons need not load for `kg --help`.
      const { runBuild } = await import('../internal/runBuild.js');
      const { exitCode } = await runBuild({ inputs, outDir: options.out, quiet: options.quiet, jobs: options.jobs, cache: options.cache });
      process.exitCode = exitCode;
    });
}
