import type { Extraction, Sentence } from '../../src/types.js';
import { distinctParties, onBothSides, partiesBySentence, type Party } from './sentenceParties.js';
import { findTriggers, type Trigger } from './triggers.js';

/** The relations a trigger sentence should have produced. */
export const TRIGGERED_TYPES = new Set(['VISITED', 'MET', 'AGREEMENT']);

/** A sentence with a strong trigger and two named parties, and whether a relation came out of it. */
export interface TriggerSentence {
  /** Triggers found in the sentence, first one first. */
  triggers: string[];
  sentence: string;
  parties: Party[];
  /** A named party before the first trigger and another after it. */
  bothSides: boolean;
  related: boolean;
}

/**
 * Sentences of one article with a strong trigger and at least two distinct persons,
 * localities or organizations of the article inside them; `related` is true when a
 * VISITED, MET or AGREEMENT relation cites the sentence as evidence.
 */
export function triggerSentences(sentences: Sentence[], extraction: Extraction, triggers: Trigger[]): TriggerSentence[] {
  const evidence = new Set<string>();
  for (const r of extraction.relations) {
    if (TRIGGERED_TYPES.has(r.type)) for (const e of r.evidence) evidence.add(e.sentence);
  }
  const parties = partiesBySentence(sentences, extraction.entities);
  const out: TriggerSentence[] = [];
  for (const [i, inSentence] of [...parties].sort((a, b) => a[0] - b[0])) {
    const named = distinctParties(inSentence);
    if (named.length < 2) continue;
    const s = sentences[i]!;
    const hits = findTriggers(s.text, triggers);
    const first = hits[0];
    if (first === undefined) continue;
    const at = { start: s.start + first.start, end: s.start + first.end };
    out.push({
      triggers: [...new Set(hits.map((h) => h.trigger))],
      sentence: s.text,
      parties: named,
      bothSides: onBothSides(inSentence, at),
      related: evidence.has(s.text),
    });
  }
  return out;
}
