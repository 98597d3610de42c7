#!/usr/bin/env node
// npm run bench:neo4j -- [graph.json | articles… | --synthetic] [--runs N] [--warmup N] [--batch-size N] [--concurrency N]
//
// By default the graph built from ../shared/corpus/baomoi-2017.jsonl.gz (built once with `kg build`
// into .kg-cache/bench-neo4j/, rebuilt when the input is newer). Pushes a graph into an empty Neo4j database several times (emptied before each run) and prints
// the median nodes/s and relationships/s of `kg neo4j push` (neo4j-driver, batched UNWIND CREATE into the emptied database).
// The first --warmup runs (default 1: a fresh server is still compiling) are printed, not counted.
// Then one re-push of the same graph (the idempotent MERGE path). Target: ≥ 40,000 relationships/s (issue 15).
// Neo4j from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (default: the local server of
// `npm run neo4j`). THE DATABASE IS EMPTIED: use a scratch one. Uses dist/: run `npm run build` first.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import { syntheticGraph } from './neo4j-synthetic.mjs';

const TARGET_RELS_PER_SECOND = 40_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'neo4j', 'index.js');
const usage = 'usage: npm run bench:neo4j -- [graph.json | articles… | --synthetic] [--runs N] [--warmup N] [--batch-size N] [--concurrency N]';
const DEFAULT_CORPUS = join(root, '..', 'shared', 'corpus', 'baomoi-2017.jsonl.gz');

function fail(message) {
  process.stderr.write(`bench:neo4j: ${message}\n`);
  process.exit(2);
}

function whole(flag, value, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`${flag} needs a whole number ≥ ${min}; ${usage}`);
  return n;
}

const options = { inputs: [], synthetic: false, runs: 3, warmup: 1, batchSize: undefined, concurrency: undefined };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--synthetic') options.synthetic = true;
  else if (arg === '--runs') options.runs = whole(arg, argv[++i], 1);
  else if (arg === '--warmup') options.warmup = whole(arg, argv[++i], 0);
  else if (arg === '--batch-size') options.batchSize = whole(arg, argv[++i], 1);
  else if (arg === '--concurrency') options.concurrency = whole(arg, argv[++i], 1);
  else if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  } else if (!arg.startsWith('-')) options.inputs.push(arg);
  else fail(`unknown option ${arg}; ${usage}`);
}

if (!existsSync(entry)) fail(`${entry} is missing: run \`npm run build\` first`);
const { connect, pushGraph, readGraphFile, NODE_LABELS, LOADING_LABEL, Neo4jError, PUSH_DEFAULTS } = await import(entry);
options.batchSize ??= PUSH_DEFAULTS.batchSize;
options.concurrency ??= PUSH_DEFAULTS.concurrency;

/** A graph.json given as is; articles (default: the 2017 corpus) built once into .kg-cache/bench-neo4j/. */
async function graphFile() {
  if (options.inputs.length === 1 && options.inputs[0].endsWith('.json')) return options.inputs[0];
  const inputs = options.inputs.length > 0 ? options.inputs : [DEFAULT_CORPUS];
  for (const input of inputs) if (!existsSync(input)) fail(`${input} not found; ${usage}`);
  const outDir = join(root, '.kg-cache', 'bench-neo4j', inputs.map((i) => basename(i).replace(/\W+/g, '-')).join('+'));
  const graph = join(outDir, 'graph.json');
  const newest = Math.max(...inputs.map((i) => statSync(i).mtimeMs));
  if (existsSync(graph) && statSync(graph).mtimeMs > newest) return graph;
  process.stdout.write(`bench:neo4j: building the graph of ${inputs.join(', ')} into ${outDir} (once)…\n`);
  const { runBuild } = await import(join(root, 'dist', 'cli', 'internal', 'runBuild.js'));
  const { exitCode } = await runBuild({ inputs, outDir, quiet: true });
  if (exitCode !== 0) fail(`kg build of ${inputs.join(', ')} failed (exit code ${exitCode})`);
  return graph;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (n) => Math.round(n).toLocaleString('en-US');

try {
  const source = options.synthetic ? 'synthetic graph' : await graphFile();
  const graph = options.synthetic ? syntheticGraph() : await readGraphFile(source);
  const target = {
    uri: process.env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD || 'kg-vnjp-local',
    database: process.env.NEO4J_DATABASE || undefined,
  };
  const driver = await connect(target);
  const database = target.database;
  try {
    const labels = (await driver.executeQuery('CALL db.labels() YIELD label RETURN collect(label) AS l', {}, { database })).records[0].get('l');
    const foreign = labels.filter((l) => !NODE_LABELS.includes(l) && l !== LOADING_LABEL);
    if (foreign.length > 0) fail(`refusing to empty ${target.uri}: it holds other labels (${foreign.join(', ')}); use a scratch database`);
    const empty = async () => {
      // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      const session = driver.session({ database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    };

    process.stdout.write(`bench:neo4j: ${source}: ${rate(graph.order)} nodes, ${rate(graph.size)} relationships → ${target.uri}, batch ${options.batchSize}, concurrency ${options.concurrency}, ${options.warmup} warm-up + ${options.runs} runs\n`);
    const nodeRates = [];
    const relRates = [];
    // Warm-up runs let the server's JIT compile its hot paths; they are printed, not counted.
    for (let run = 1 - options.warmup; run <= options.runs; run++) {
      await empty();
      const stats = await pushGraph(driver, graph, { database, batchSize: options.batchSize, concurrency: options.concurrency });
      const nodesPerSecond = stats.nodes / stats.nodeSeconds;
      const relsPerSecond = stats.relationships / stats.relationshipSeconds;
      if (run > 0) {
        nodeRates.push(nodesPerSecond);
        relRates.push(relsPerSecond);
      }
      process.stdout.write(
        `  ${run > 0 ? `run ${run}` : 'warm-up'}: ${stats.seconds.toFixed(2)} s in all; nodes ${stats.nodeSeconds.toFixed(2)} s (${rate(nodesPerSecond)}/s), ` +
          `relationships ${stats.relationshipSeconds.toFixed(2)} s (${rate(relsPerSecond)}/s)\n`,
      );
    }
    const again = await pushGraph(driver, graph, { database, batchSize: options.batchSize, concurrency: options.concurrency });
    process.stdout.write(
      `  re-push (nothing new): ${again.seconds.toFixed(2)} s; ${rate(again.nodes / again.nodeSeconds)} nodes/s, ` +
        `${rate(again.relationships / again.relationshipSeconds)} relationships/s; created ${again.nodesCreated} nodes, ${again.relationshipsCreated} relationships\n`,
    );
    const relsPerSecond = median(relRates);
    process.stdout.write(
      `median: ${rate(median(nodeRates))} nodes/s, ${rate(relsPerSecond)} relationships/s ` +
        `(target ≥ ${rate(TARGET_RELS_PER_SECOND)} relationships/s: ${relsPerSecond >= TARGET_RELS_PER_SECOND ? 'met' : 'NOT met'})\n`,
    );
  } finally {
    await driver.close();
  }
} catch (error) {
  if (error instanceof Neo4jError) fail(error.message);
  throw error;
}
