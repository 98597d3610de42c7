#!/usr/bin/env node
// npm run bench -- <corpus.jsonl.gz> [--runs N] [--jobs N]
//
// (a) extraction alone, in this process: articles/s and MB/s of article text;
// (b) the whole `kg build <corpus> --out <tmpdir>` as a child process: wall
//     seconds and peak memory (the child's maxRSS, reported by a preload).
// Uses the compiled code in dist/: run `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TARGET_SECONDS = 120;
const TARGET_RSS_MB = 2048;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cli = join(dist, 'cli', 'main.js');

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  let corpus = null;
  let runs = 3;
  let jobs = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) fail('--runs needs a positive whole number, e.g. --runs 3');
    } else if (argv[i] === '--jobs') {
      jobs = Number(argv[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs needs a positive whole number, e.g. --jobs 2');
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write('usage: npm run bench -- <corpus.jsonl.gz> [--runs N] [--jobs N]   (default: 3 runs; --jobs: kg build default)\n');
      process.exit(0);
    } else if (corpus === null) corpus = argv[i];
    else fail(`unexpected argument ${argv[i]}; usage: npm run bench -- <corpus.jsonl.gz> [--runs N] [--jobs N]`);
  }
  if (corpus === null) fail('no corpus given; usage: npm run bench -- <corpus.jsonl.gz> [--runs N]');
  if (!existsSync(corpus)) fail(`corpus ${corpus} not found; pass the path of a .jsonl or .jsonl.gz file`);
  return { corpus, runs, jobs };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const MB = 1_000_000;

async function extractionRun(corpus) {
  const { readInputs } = await import(pathToFileURL(join(dist, 'ingest', 'index.js')).href);
  const { extractArticle } = await import(pathToFileURL(join(dist, 'pipeline', 'extractArticle.js')).href);
  let articles = 0;
  let textBytes = 0;
  let warnings = 0;
  let extractMs = 0;
  const started = performance.now();
  for await (const raw of readInputs([corpus], () => warnings++)) {
    const t = performance.now();
    extractArticle(raw);
    extractMs += performance.now() - t;
    articles++;
    textBytes += Buffer.byteLength(raw.text);
  }
  return { articles, textMb: textBytes / MB, warnings, extractSeconds: extractMs / 1000, totalSeconds: (performance.now() - started) / 1000 };
}

function buildRun(corpus, jobs) {
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const rssFile = join(out, 'rss.json');
  const preload = pathToFileURL(join(root, 'bench', 'internal', 'report-rss.mjs')).href;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const args = ['--import', preload, cli, 'build', corpus, '--out', join(out, 'graph'), '--quiet', ...(jobs ? ['--jobs', String(jobs)] : [])];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, KG_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      try {
        if (code !== 0) return reject(new Error(`kg build exited with ${code}; last stderr:\n${stderr}`));
        const { maxRssKb } = JSON.parse(readFileSync(rssFile, 'utf8'));
        resolve({ seconds, rssMb: maxRssKb / 1024 });
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
}

const { corpus, runs, jobs } = parseArgs(process.argv.slice(2));
if (!existsSync(cli) || !existsSync(join(dist, 'ingest', 'index.js'))) fail(`${cli} not found; compile first with \`npm run build\``);
console.log(`Corpus: ${corpus} (${fmt(statSync(corpus).size / MB)} MB on disk), ${runs} run(s) each\n`);

console.log('(a) extraction alone (read + extractArticle in this process)');
const extractions = [];
for (let i = 1; i <= runs; i++) {
  const r = await extractionRun(corpus);
  extractions.push(r);
  console.log(
    `  run ${i}: ${r.articles.toLocaleString('en-US')} articles, ${fmt(r.textMb)} MB text, extract ${fmt(r.extractSeconds)} s → ` +
      `${fmt(r.articles / r.extractSeconds, 0)} articles/s, ${fmt(r.textMb / r.extractSeconds, 2)} MB/s ` +
      `(with reading: ${fmt(r.totalSeconds)} s; ${r.warnings} warnings)`,
  );
}
const extractSeconds = median(extractions.map((r) => r.extractSeconds));
const { articles, textMb } = extractions[0];
console.log(`  median: ${fmt(extractSeconds)} s → ${fmt(articles / extractSeconds, 0)} articles/s, ${fmt(textMb / extractSeconds, 2)} MB/s\n`);

console.log(`(b) kg build ${corpus} --out <tmpdir>${jobs ? ` --jobs ${jobs}` : ''} (child process)`);
const builds = [];
for (let i = 1; i <= runs; i++) {
  const r = await buildRun(corpus, jobs).catch((error) => fail(error.message));
  builds.push(r);
  console.log(`  run ${i}: ${fmt(r.seconds)} s, peak RSS ${fmt(r.rssMb, 0)} MB`);
}
const buildSeconds = median(builds.map((r) => r.seconds));
const peakMb = Math.max(...builds.map((r) => r.rssMb));
console.log(`  median: ${fmt(buildSeconds)} s; peak RSS: median ${fmt(median(builds.map((r) => r.rssMb)), 0)} MB, max ${fmt(peakMb, 0)} MB\n`);

const ok = buildSeconds < TARGET_SECONDS && peakMb < TARGET_RSS_MB;
console.log(
  `Verdict: ${ok ? 'PASS' : 'FAIL'} — build ${fmt(buildSeconds)} s (target < ${TARGET_SECONDS} s), ` +
    `peak ${fmt(peakMb, 0)} MB (target < ${TARGET_RSS_MB} MB)`,
);
process.exitCode = ok ? 0 : 1;
