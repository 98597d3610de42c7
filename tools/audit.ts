#!/usr/bin/env node
// npm run audit -- <corpus.jsonl.gz> [more files] [--limit N] [--sample N] [--seed S] [--out FILE.md] [--json]
//
// A repeatable audit of what the built extractor (dist/, `kg extract`) produces on a real corpus:
// A missed relations, B produced relations, C entity quality, D samples for a verdict, E quiet
// articles. See "Auditing a corpus" in README.md.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Audit } from './audit/Audit.js';
import { extractCorpus } from './audit/extractCorpus.js';
import { parseArgs, USAGE, UsageError, type AuditArgs } from './audit/parseArgs.js';
import { renderReport } from './audit/renderReport.js';
import { summarize } from './audit/summarize.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function args(): AuditArgs {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    const parsed = parseArgs(argv);
    const missing = [...parsed.inputs, ...(parsed.extractions ? [parsed.extractions] : [])].find((p) => !existsSync(p));
    if (missing) throw new UsageError(`${missing} not found`);
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`audit: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

const a = args();
const audit = new Audit(a.sample, a.seed);
const started = performance.now();
for await (const { article, extraction } of extractCorpus(a.inputs, { root, jobs: a.jobs, limit: a.limit, extractions: a.extractions })) {
  audit.add(article, extraction);
  if (audit.articles % 5000 === 0) process.stderr.write(`audit: ${audit.articles} articles, ${Math.round((performance.now() - started) / 1000)} s\n`);
}
const summary = summarize(audit, a.inputs, a.limit);
if (a.out) {
  await writeFile(a.out, renderReport(audit, summary, { seed: a.seed, sample: a.sample }));
  process.stderr.write(`audit: report written to ${a.out}\n`);
}
if (a.json) console.log(JSON.stringify(summary, null, 2));
else if (!a.out) process.stdout.write(renderReport(audit, summary, { seed: a.seed, sample: a.sample }));
process.stderr.write(`audit: ${audit.articles} articles in ${Math.round((performance.now() - started) / 1000)} s\n`);
