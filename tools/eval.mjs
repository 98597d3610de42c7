#!/usr/bin/env node
// Extracts the gold set's articles and prints the scorer's figures.
// Usage: npm run eval [-- --gold DIR] [--details] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--gold');
const gold = resolve(at >= 0 ? args[at + 1] : join(root, '..', 'shared', 'eval', 'dev'));
const scorer = join(dirname(gold), 'score.mjs');
if (!existsSync(gold) || !existsSync(scorer)) {
  console.error(`eval: no gold set at ${gold} (with score.mjs beside it). Pass --gold DIR pointing at shared/eval/dev.`);
  process.exit(2);
}
const { extractArticle } = await import(join(root, 'dist', 'pipeline', 'extractArticle.js'));
const lines = [];
for (const f of readdirSync(gold).filter((n) => n.endsWith('.txt')).sort()) {
  const path = join(gold, f);
  const ex = extractArticle({ id: basename(f, '.txt'), title: null, date: null, url: null, text: readFileSync(path, 'utf8'), source: path });
  lines.push(JSON.stringify(ex));
}
const pred = join(mkdtempSync(join(tmpdir(), 'kg-eval-')), 'extractions.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
const pass = args.filter((a, i) => a === '--details' || a === '--json' || (i > 0 && args[i - 1] === '--gold' ? false : false));
const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...pass], { stdio: 'inherit' });
process.exit(r.status ?? 1);
