#!/usr/bin/env node
// node bench/incremental.mjs <corpus.jsonl.gz> [--only memory|extract|jobs|incremental] [--dist DIR] [--runs N]
//
// The hardening figures, each from `kg build` run as a child process (dist/: run `npm run build` first;
// --dist: a compiled copy of one's own, so that someone rebuilding dist/ in the same checkout cannot
// break a run; it must find node_modules above it, e.g. /tmp/kg/dist with /tmp/kg/node_modules linked):
//   memory       peak RSS and wall time for the corpus and for it three times over (ids made unique);
//   extract      the same for `kg extract` (no graph is assembled: the streaming part alone);
//   jobs         wall time with --jobs 1 and --jobs 2 (--no-cache), and whether both graphs are identical;
//   incremental  a build with the cache, then (--runs times each, from a copy of its output; median)
//                the same inputs again and the corpus plus 10 new articles: the rebuilds' wall time,
//                and whether the files equal a full --no-cache build of the same inputs.
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const preload = pathToFileURL(join(root, 'bench', 'internal', 'report-rss.mjs')).href;
const FILES = ['graph.json', 'graph.gexf', 'extractions.jsonl'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const usage = 'usage: node bench/incremental.mjs <corpus.jsonl.gz> [--only memory|extract|jobs|incremental] [--dist DIR] [--runs N]';
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : null);
const corpus = argv.find((a, i) => !a.startsWith('--') && !['--only', '--dist', '--runs'].includes(argv[i - 1]));
const runs = Number(option('--runs') ?? 3);
const only = option('--only');
const cli = join(option('--dist') ?? join(root, 'dist'), 'cli', 'main.js');
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
if (!corpus || !existsSync(corpus)) fail(`corpus ${corpus ?? '(none)'} not found; ${usage}`);
if (only && !['memory', 'extract', 'jobs', 'incremental'].includes(only)) fail(`unknown --only ${only}; ${usage}`);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of at least 1; ${usage}`);
if (!existsSync(cli)) fail(`${cli} not found; compile first with \`npm run build\``);

const work = mkdtempSync(join(tmpdir(), 'kg-bench-incr-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Runs `kg build <inputs> --out <out> --quiet ...flags`; resolves to wall seconds and peak RSS in MB. */
const build = (inputs, out, flags = []) => kg(['build', ...inputs, '--out', out, '--quiet', ...flags]);

/** Runs `kg <args>`, its stdout thrown away; resolves to wall seconds and peak RSS in MB. */
function kg(kgArgs) {
  const rssFile = join(work, 'rss.json');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const args = ['--import', preload, cli, ...kgArgs];
    const child = spawn(process.execPath, args, { env: { ...process.env, KG_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`kg ${kgArgs[0]} exited with ${code}; last stderr:\n${stderr}`));
      const { maxRssKb } = JSON.parse(readFileSync(rssFile, 'utf8'));
      resolve({ seconds: (performance.now() - started) / 1000, rssMb: maxRssKb / 1024 });
    });
  });
}

const sameFiles = (a, b) => FILES.every((name) => readFileSync(join(a, name)).equals(readFileSync(join(b, name))));

async function* corpusLines() {
  const input = createReadStream(corpus);
  const lines = createInterface({ input: corpus.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield line;
}

/** The corpus `times` over, as .jsonl.gz, every copy after the first with ids made unique. */
async function multiply(times) {
  const path = join(work, `corpus-x${times}.jsonl.gz`);
  async function* copies() {
    for (let copy = 1; copy <= times; copy++) {
      for await (const line of corpusLines()) {
        if (copy === 1) yield `${line}\n`;
        else {
          const record = JSON.parse(line);
          yield `${JSON.stringify({ ...record, id: `${record.id}~${copy}` })}\n`;
        }
      }
    }
  }
  await pipeline(Readable.from(copies()), createGzip(), createWriteStream(path));
  return path;
}

/** Ten articles the cache has not seen: the corpus's last ten under new ids. */
async function tenNewArticles() {
  const last = [];
  for await (const line of corpusLines()) {
    last.push(line);
    if (last.length > 10) last.shift();
  }
  const path = join(work, 'ten-new.jsonl');
  writeFileSync(path, last.map((line, i) => JSON.stringify({ ...JSON.parse(line), id: `bench-new-${i}` })).join('\n') + '\n');
  return path;
}

console.log(`Corpus: ${corpus}\n`);

if (!only || only === 'memory') {
  console.log('memory: kg build <corpus> --no-cache (default --jobs)');
  const once = await build([corpus], join(work, 'x1'), ['--no-cache']).catch((e) => fail(e.message));
  console.log(`  1×: ${fmt(once.seconds)} s, peak RSS ${fmt(once.rssMb, 0)} MB`);
  const triple = await multiply(3);
  const thrice = await build([triple], join(work, 'x3'), ['--no-cache']).catch((e) => fail(e.message));
  console.log(`  3×: ${fmt(thrice.seconds)} s, peak RSS ${fmt(thrice.rssMb, 0)} MB (${fmt(thrice.rssMb / once.rssMb, 2)}× the 1× peak)\n`);
  rmSync(join(work, 'x3'), { recursive: true, force: true });
  rmSync(triple, { force: true });
  rmSync(join(work, 'x1'), { recursive: true, force: true });
}

if (!only || only === 'extract') {
  console.log('extract: kg extract <corpus> > /dev/null (default --jobs)');
  const once = await kg(['extract', corpus]).catch((e) => fail(e.message));
  console.log(`  1×: ${fmt(once.seconds)} s, peak RSS ${fmt(once.rssMb, 0)} MB`);
  const triple = await multiply(3);
  const thrice = await kg(['extract', triple]).catch((e) => fail(e.message));
  console.log(`  3×: ${fmt(thrice.seconds)} s, peak RSS ${fmt(thrice.rssMb, 0)} MB (${fmt(thrice.rssMb / once.rssMb, 2)}× the 1× peak)\n`);
  rmSync(triple, { force: true });
}

if (!only || only === 'jobs') {
  console.log('jobs: kg build <corpus> --no-cache --jobs 1 | 2');
  const one = await build([corpus], join(work, 'j1'), ['--no-cache', '--jobs', '1']).catch((e) => fail(e.message));
  console.log(`  --jobs 1: ${fmt(one.seconds)} s, peak RSS ${fmt(one.rssMb, 0)} MB`);
  const two = await build([corpus], join(work, 'j2'), ['--no-cache', '--jobs', '2']).catch((e) => fail(e.message));
  console.log(`  --jobs 2: ${fmt(two.seconds)} s, peak RSS ${fmt(two.rssMb, 0)} MB`);
  const same = sameFiles(join(work, 'j1'), join(work, 'j2'));
  console.log(`  speed-up ${fmt(one.seconds / two.seconds, 2)}×; files identical: ${same ? 'yes' : 'NO'}\n`);
  if (!same) process.exitCode = 1;
  rmSync(join(work, 'j1'), { recursive: true, force: true });
  rmSync(join(work, 'j2'), { recursive: true, force: true });
}

if (!only || only === 'incremental') {
  console.log('incremental: kg build <corpus>, then kg build <corpus> ten-new.jsonl (same --out, cache on)');
  const out = join(work, 'incr');
  const first = await build([corpus], out).catch((e) => fail(e.message));
  console.log(`  first build (writes the cache): ${fmt(first.seconds)} s`);
  const extra = await tenNewArticles();
  const base = join(work, 'incr-base');
  cpSync(out, base, { recursive: true });
  /** `runs` builds of `inputs`, each from a copy of the first build's output; their wall seconds. */
  const fromFirst = async (inputs) => {
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true });
      cpSync(base, out, { recursive: true });
      seconds.push((await build(inputs, out).catch((e) => fail(e.message))).seconds);
    }
    return seconds;
  };
  const listed = (seconds) => `median ${fmt(median(seconds))} s of ${seconds.map((s) => fmt(s)).join(', ')}`;
  console.log(`  rebuild, nothing changed: ${listed(await fromFirst([corpus]))}`);
  console.log(`  rebuild after adding 10 articles: ${listed(await fromFirst([corpus, extra]))}`);
  const twice = await build([corpus, extra], out).catch((e) => fail(e.message));
  console.log(`  the same rebuild once more (its 10 articles read again from the article cache): ${fmt(twice.seconds)} s, peak RSS ${fmt(twice.rssMb, 0)} MB`);
  const full = await build([corpus, extra], join(work, 'full'), ['--no-cache']).catch((e) => fail(e.message));
  const same = sameFiles(out, join(work, 'full'));
  console.log(`  full rebuild of the same inputs: ${fmt(full.seconds)} s; files identical: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
}
