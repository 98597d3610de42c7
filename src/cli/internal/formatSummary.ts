import { isAbsolute, relative } from 'node:path';
import type { BuildSummary } from '../../types.js';
import { formatCount } from './io.js';
import { formatWarning } from './createWarningPrinter.js';

const ENTITY_ORDER = ['Person', 'Locality', 'Organization', 'Event'];
const RELATION_ORDER = ['VISITED', 'MET', 'AGREEMENT', 'HOLDS_POSITION', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN', 'MENTIONED_IN'];

/** The end-of-build summary printed by `kg build`. */
export function formatSummary(summary: BuildSummary, shownSkips = 5): string {
  const lines = [
    `Read ${formatCount(summary.articlesRead)} article${summary.articlesRead === 1 ? '' : 's'} ` +
      `from ${formatCount(summary.inputs.length)} input${summary.inputs.length === 1 ? '' : 's'} ` +
      `in ${summary.seconds.toFixed(1)} s` +
      (summary.skipped.length === 0 ? '.' : `; ${formatCount(summary.skipped.length)} skipped:`),
  ];
  for (const w of summary.skipped.slice(0, shownSkips)) lines.push(`  - ${formatWarning(w).slice('warning: '.length)}`);
  if (summary.skipped.length > shownSkips) {
    lines.push(`  … and ${formatCount(summary.skipped.length - shownSkips)} more (listed in report.md)`);
  }
  lines.push(`Entities:  ${byType(summary.entitiesByType, ENTITY_ORDER)}`);
  lines.push(`Relations: ${byType(summary.relationsByType, RELATION_ORDER)}`);
  lines.push(`Graph:     ${formatCount(summary.nodes)} nodes, ${formatCount(summary.edges)} edges`);
  const near = relative(process.cwd(), summary.outDir);
  const dir = near === '' ? '.' : near.startsWith('..') || isAbsolute(near) ? summary.outDir : near;
  lines.push(`Files in ${dir}/: ${summary.files.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function byType(counts: Record<string, number>, order: string[]): string {
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  const types = Object.keys(counts)
    .filter((type) => (counts[type] ?? 0) > 0)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  if (types.length === 0) return 'none';
  return types.map((type) => `${formatCount(counts[type] ?? 0)} ${type}`).join(', ');
}
