#!/usr/bin/env node
// Extracts the gold set's articles and prints the scorer's figures: the whole set, then
// each part the gold set's README lists (a rule that helps one part and hurts the other
// has been fitted to text, not to the language).
// Usage: npm run eval [-- --gold DIR] [--details] [--json] [--whole]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
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
const ids = readdirSync(gold).filter((n) => n.endsWith('.txt')).sort().map((f) => basename(f, '.txt'));
const lines = ids.map((id) => {
  const path = join(gold, `${id}.txt`);
  return JSON.stringify(extractArticle({ id, title: null, date: null, url: null, text: readFileSync(path, 'utf8'), source: path }));
});
const work = mkdtempSync(join(tmpdir(), 'kg-eval-'));
const pred = join(work, 'extractions.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
const pass = args.filter((a) => a === '--details' || a === '--json');

/** The parts named in the gold set's README ("## The dev set"): the later additions, and the rest. */
function parts() {
  const readme = join(dirname(gold), 'README.md');
  if (!existsSync(readme)) return [];
  const section = readFileSync(readme, 'utf8').split(/^## /m).find((s) => s.startsWith('The dev set')) ?? '';
  const later = new Set([...section.matchAll(/\b[\w-]+-\d+\b/g)].map((m) => m[0]).filter((id) => ids.includes(id)));
  if (later.size === 0 || later.size === ids.length) return [];
  return [
    [`first ${ids.length - later.size}`, ids.filter((id) => !later.has(id))],
    [`later ${later.size}`, ids.filter((id) => later.has(id))],
  ];
}

function score(dir, title) {
  if (title) console.log(`\n== ${title}`);
  const r = spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', pred, ...pass], { stdio: 'inherit' });
  return r.status ?? 1;
}

let status = score(gold, parts().length ? `whole set (${ids.length})` : null);
if (!args.includes('--whole')) {
  for (const [name, members] of parts()) {
    const dir = join(work, name.replace(/\s+/g, '-'));
    mkdirSync(dir);
    for (const id of members) symlinkSync(join(gold, `${id}.gold.json`), join(dir, `${id}.gold.json`));
    status ||= score(dir, `${name} articles`);
  }
}
process.exit(status);
