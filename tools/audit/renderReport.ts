import { SAMPLE_CATEGORIES, type Audit } from './Audit.js';
import type { Flagged } from './NodeIndex.js';
import type { SampleLine } from './sampleLine.js';
import type { Summary } from './summarize.js';

export interface ReportOptions {
  seed: string;
  sample: number;
  /** Rows listed in each "worst" table. */
  top?: number;
}

const cell = (s: string | number) => String(s).replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');

/** Numbered lines with an empty box for a verdict (✓/✗) and the evidence quoted below. */
function verdicts(lines: SampleLine[]): string {
  if (lines.length === 0) return '_none_';
  return lines
    .map((l, i) => `${i + 1}. [ ] **${l.subject}** — ${l.detail} — \`${l.article}\`\n   > ${l.sentence.replace(/\n/gu, ' ')}`)
    .join('\n');
}

function flagged(rows: Flagged[], top: number, whyHead: string): string {
  return `${rows.length} nodes${rows.length > top ? `; the ${top} found in most articles` : ''}:\n\n` +
    table(['name', whyHead, 'articles', 'first article', 'id'], rows.slice(0, top).map((f) => [f.node.name, f.why, f.node.articles, f.node.article, f.node.id]));
}

/** The markdown report of sections A–E, for a person to read and annotate. */
export function renderReport(audit: Audit, s: Summary, o: ReportOptions): string {
  const top = o.top ?? 30;
  const m = s.missedRelations;
  const q = s.quality;
  const out: string[] = [];
  out.push(`# Extraction audit\n`);
  out.push(`Inputs: ${s.inputs.join(', ')} — ${s.articles.toLocaleString('en-US')} articles${s.limit !== null ? ` (--limit ${s.limit})` : ''}; latest article date ${s.latestDate ?? 'none'}; seed \`${o.seed}\`, ${o.sample} per sample.\n`);
  out.push('## Headline\n');
  out.push(table(['figure', 'count'], [
    ['trigger sentences with two named parties', m.sentences],
    ['… of them with no VISITED/MET/AGREEMENT (A)', `${m.missed} (${pct(m.missed, m.sentences)})`],
    ['… … with parties on both sides of the trigger', m.missedBothSides],
    ...Object.entries(s.relations.byType).map(([t, n]) => [`${t} relations`, `${n} (${s.relations.per1000Articles[t]} per 1,000 articles)`]),
    ['Person / Locality / Organization nodes', `${s.nodes.Person} / ${s.nodes.Locality} / ${s.nodes.Organization}`],
    ['person names with a function word or opener (C1)', q.personFunctionWords],
    ['single-word localities of ≤ 3 letters (C2)', q.shortLocalities],
    ['persons = another person + one word (C3)', q.extendedPersons],
    ['events / implausible year / no year (C4)', `${q.events} / ${q.eventsImplausibleYear} / ${q.eventsWithoutYear}`],
    ['labels with artifacts (C5)', Object.values(q.artifacts).reduce((a, b) => a + b, 0)],
    ['locality names under two country codes (C6)', q.localityNamesUnderTwoCountries],
    ['relations in articles without any trigger word (E, must be 0)', s.quiet.withoutAnyTrigger.relations],
  ]));

  out.push('\n## A. Missed relations\n');
  out.push('Sentences with a strong trigger (tools/audit/triggers.json) and at least two distinct persons, localities or organizations of the article inside them, that no VISITED/MET/AGREEMENT relation cites as evidence. A sentence with two triggers counts under both.\n');
  out.push(table(['trigger', 'sentences', 'with relation', 'missed', 'missed, parties on both sides'],
    Object.entries(m.byTrigger).map(([t, c]) => [t, c.sentences, c.related, `${c.missed} (${pct(c.missed, c.sentences)})`, c.missedBothSides])));
  out.push(`\nRandom sample of ${audit.missed.items.length} missed sentences (of ${audit.missed.seen}); the parties are listed in text order:\n`);
  out.push(verdicts(audit.missed.items));

  out.push('\n\n## B. Produced relations\n');
  out.push(table(['type rule', 'relations'], Object.entries(s.relations.byRule).map(([r, n]) => [r, n])));
  out.push('\nRandom samples of VISITED, MET and AGREEMENT are in D; HOLDS_POSITION:\n');
  out.push(verdicts(audit.samples.get('HOLDS_POSITION')!.items));

  out.push('\n\n## C. Entity quality\n');
  out.push('### C1. Person names that begin or end with a function word or sentence opener (tools/audit/function-words.json), hold a digit, or a word in capitals\n');
  out.push(flagged(audit.nodes.personFunctionWords(), top, 'why'));
  out.push('\n### C2. Single-word Locality nodes of ≤ 3 letters\n');
  out.push(flagged(audit.nodes.shortLocalities(), top, 'country'));
  out.push('\n### C3. Person nodes that are another Person node\'s name plus one word\n');
  out.push(flagged(audit.nodes.extendedPersons(), top, 'the shorter node'));
  const events = audit.events.implausible(audit.latestDate);
  out.push(`\n### C4. Event dates\n\n${q.events} events; ${q.eventsWithoutYear} without a year (${[...audit.events.withoutYear].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}); ${events.length} dated before 1945 or more than 3 years after the latest article:\n`);
  out.push(events.length ? events.slice(0, top).map((e, i) => `${i + 1}. [ ] **${e.year}** ${e.name} (${e.date}) — \`${e.article}\`\n   > ${e.sentence}`).join('\n') : '_none_');
  const artifacts = [...audit.artifacts.values()];
  const where = new Map<string, number>();
  for (const a of artifacts) where.set(`${a.type} ${a.field}`, (where.get(`${a.type} ${a.field}`) ?? 0) + 1);
  out.push(`\n\n### C5. Labels, names and titles with control, zero-width, U+FFFD characters, newlines, markup or glued words\n\n${artifacts.length} distinct labels${artifacts.length ? ` (${Object.entries(q.artifacts).map(([k, n]) => `${k} ${n}`).join(', ')}; ${[...where].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}); shown as JSON strings so invisible characters show:` : '.'}\n`);
  if (artifacts.length) out.push(table(['type', 'field', 'text', 'kinds', 'article'], artifacts.slice(0, top * 2).map((a) => [a.type, a.field, JSON.stringify(a.text), a.kinds.join(', '), a.article])));
  const twice = audit.nodes.sameNameCountries();
  out.push(`\n### C6. The same locality name under two country codes\n\n${twice.length} names:\n`);
  if (twice.length) out.push(table(['name', 'nodes (articles)'], twice.slice(0, top).map((g) => [g.name, g.nodes.map((n) => `${n.id} (${n.articles})`).join(', ')])));
  out.push('\n### C7. Relations by type\n');
  out.push(table(['type', 'relations', 'per 1,000 articles'], Object.entries(s.relations.byType).map(([t, n]) => [t, n, s.relations.per1000Articles[t] ?? 0])));
  out.push('\nBy rule: see B.\n');

  out.push('\n## D. Samples for a verdict\n');
  out.push('Write ✓ or ✗ in each box. Entities: is it a real entity of that type, with a well-cut name? Relations: does the sentence state this relation between these two ends?\n');
  for (const c of SAMPLE_CATEGORIES.filter((c) => c !== 'HOLDS_POSITION')) {
    const r = audit.samples.get(c)!;
    out.push(`\n### ${c} (${r.items.length} of ${r.seen})\n`);
    out.push(verdicts(r.items));
  }

  const w = s.quiet;
  out.push('\n\n## E. Quiet articles\n');
  out.push(`${w.withoutStrongTrigger.articles} articles have no strong trigger; they produced ${w.withoutStrongTrigger.relations} VISITED/MET/AGREEMENT relations (${Object.entries(Object.fromEntries(audit.noStrong.byRule)).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}).\n`);
  out.push(`${w.withoutAnyTrigger.articles} articles have no trigger word at all (strong or weak); they produced ${w.withoutAnyTrigger.relations} such relations (must be 0)${w.withoutAnyTrigger.relations ? ':' : '.'}\n`);
  if (audit.quiet.relations.length) out.push(verdicts(audit.quiet.relations));
  return `${out.join('\n')}\n`;
}
