import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { parseJobs } from '../internal/parseJobs.js';

/** `kg extract <inputs...>` */
export function register(program: Command): void {
  program
    .command('extract')
    .summary('print the extraction of each article as JSON Lines')
    .description(
      'Extract entities and relations from each article and print one JSON line per ' +
        'article on stdout (the format of extractions.jsonl and of the scorer). Warnings ' +
        'go to stderr.',
    )
    .argument('<inputs...>', 'article files or directories (.txt, .md, .html, .htm, .jsonl, .jsonl.gz; directories are read recursively)')
    .option('-j, --jobs <n>', `extraction threads (default: number of cores, here ${availableParallelism()})`, parseJobs)
    .addHelpText(
      'after',
      `
Exit code 0 when at least one article was read, 1 when nothing usable was read.

Example:
  kg extract seeds > extractions.jsonl`,
    )
    .action(async (inputs: string[], options: { jobs?: number }) => {
      const { runExtract } = await import('../internal/runExtract.js');
      process.exitCode = await runExtract(inputs, undefined, options.jobs);
    });
}
