import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import { AGREEMENT_RULES } from '../../src/relate/rules/agreementRules.js';
import { MEET_RULES } from '../../src/relate/rules/meetRules.js';
import { VISIT_RULES } from '../../src/relate/rules/visitRules.js';

const rules = [...VISIT_RULES, ...MEET_RULES, ...AGREEMENT_RULES].map((r) => [r.reason, r.example] as const);

/** Rules producing a fact from the sentence (the ".leader" variants count as their rule). */
function firing(text: string): string[] {
  const e = extractArticle({ id: 't', title: null, date: null, url: null, text, source: 't.txt' });
  return [...new Set(e.relations.flatMap((r) => r.evidence.map((x) => x.rule.replace(/\.leader$/, ''))))];
}

describe('every relation rule fires on its own example, under its own name', () => {
  it('names are unique', () => {
    expect(new Set(rules.map(([r]) => r)).size).toBe(rules.length);
  });
  it.each(rules)('%s', (reason, example) => {
    expect(firing(example)).toContain(reason);
  });
});
