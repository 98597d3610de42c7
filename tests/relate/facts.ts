import { extractArticle } from '../../src/pipeline/extractArticle.js';

const FACT_TYPES = new Set(['VISITED', 'MET', 'AGREEMENT']);

/**
 * The article's visits, meetings and agreements as readable lines, each with the rule that made it:
 * "VISITED Izumisano → Bình Định done 2019-10 (visit.reception)". Another rule producing the same fact fails the test.
 */
export function facts(text: string): string[] {
  const e = extractArticle({ id: 't', title: null, date: null, url: null, text, source: 't.txt' });
  const name = new Map(e.entities.map((x) => [x.id, x.name]));
  const lines = e.relations
    .filter((r) => FACT_TYPES.has(r.type))
    .map((r) => [r.type, name.get(r.source), '→', name.get(r.target), r.status ?? '', r.date ?? '', `(${r.evidence[0]?.rule})`].join(' ').replace(/ +/g, ' '));
  return [...new Set(lines)].sort();
}
