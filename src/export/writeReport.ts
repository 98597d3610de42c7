import type { BuildSummary, KgGraph } from '../types.js';
import { writeFileAtomic } from './writeFileAtomic.js';

function table(counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return ['(none)'];
  return ['| type | count |', '|---|---:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** Top localities by degree, when the caller passes the graph. */
function topLocalities(graph: KgGraph, limit = 10): string[] {
  const rows = graph
    .filterNodes((_k, a) => a.type === 'Locality')
    .map((k) => ({ k, label: graph.getNodeAttribute(k, 'label'), degree: graph.degree(k) }))
    .sort((a, b) => b.degree - a.degree || a.k.localeCompare(b.k))
    .slice(0, limit);
  if (rows.length === 0) return ['(none)'];
  return ['| locality | id | degree |', '|---|---|---:|', ...rows.map((r) => `| ${cell(r.label)} | ${r.k} | ${r.degree} |`)];
}

export function renderReport(summary: BuildSummary, graph?: KgGraph): string {
  const skipped = summary.skipped.map((w) => `- ${cell(w.file)}${w.line ? `:${w.line}` : ''} — ${cell(w.reason)}`);
  return [
    '# kg-vnjp build report',
    '',
    '## Inputs',
    ...summary.inputs.map((i) => `- ${i}`),
    '',
    `Articles read: **${summary.articlesRead}**; skipped: **${summary.skipped.length}**.`,
    ...(skipped.length > 0 ? ['', '### Skipped', ...skipped] : []),
    '',
    `## Graph: ${summary.nodes} nodes, ${summary.edges} edges`,
    '',
    '### Entities by type', '', ...table(summary.entitiesByType),
    '',
    '### Relations by type', '', ...table(summary.relationsByType),
    ...(graph ? ['', '### Top localities by degree', '', ...topLocalities(graph)] : []),
    '',
    '## Timing',
    '',
    `${summary.seconds.toFixed(1)} s`,
    '',
    `## Files (in ${summary.outDir})`,
    '',
    ...summary.files.map((f) => `- ${f}`),
    '',
  ].join('\n');
}

export async function writeReport(summary: BuildSummary, path: string, graph?: KgGraph): Promise<void> {
  await writeFileAtomic(path, renderReport(summary, graph));
}
