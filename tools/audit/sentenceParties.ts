import type { ExtractedEntity, Sentence, Span } from '../../src/types.js';

/** A mention of a person, locality or organization, placed in its sentence. */
export interface Party extends Span {
  id: string;
  name: string;
}

const PARTY_TYPES = new Set(['Person', 'Locality', 'Organization']);

/** Index of the sentence that contains offset `at`, or -1 (sentences are sorted, disjoint). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The person, locality and organization mentions of each sentence (by sentence index), in text order. */
export function partiesBySentence(sentences: Sentence[], entities: ExtractedEntity[]): Map<number, Party[]> {
  const out = new Map<number, Party[]>();
  for (const e of entities) {
    if (!PARTY_TYPES.has(e.type)) continue;
    for (const m of e.mentions) {
      const i = sentenceAt(sentences, m.start);
      if (i < 0 || m.end > sentences[i]!.end) continue;
      const list = out.get(i) ?? [];
      list.push({ id: e.id, name: e.name, start: m.start, end: m.end });
      out.set(i, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Distinct entities among the parties. */
export function distinctParties(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

/** Whether a named party ends before `at.start` and another one starts after `at.end`. */
export function onBothSides(parties: Party[], at: Span): boolean {
  const before = parties.filter((p) => p.end <= at.start);
  const after = parties.filter((p) => p.start >= at.end);
  return before.some((b) => after.some((a) => a.id !== b.id));
}
