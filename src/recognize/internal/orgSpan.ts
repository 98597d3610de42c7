import { takeSecondSyllable } from './orgHalfWord.js';
import type { OrgCtx, OrgHead } from './orgHead.js';
import { PERSON_STEPS } from './orgSpanPersonSteps.js';
import { SEPARATOR_STEPS } from './orgSpanSeparators.js';
import type { SpanState, SpanStep } from './orgSpanStep.js';
import { WORD_STEPS } from './orgSpanWordSteps.js';

const STEPS: SpanStep[] = [...PERSON_STEPS, ...SEPARATOR_STEPS, ...WORD_STEPS];
const MAX_WORDS = 14;

/**
 * Reads the words after the head at i up to where the name ends: each step may stop it or take words;
 * a word no step decides on is read, and a capital or place moves the end of the name past it.
 */
export function orgSpan(ctx: OrgCtx, i: number, head: OrgHead): SpanState {
  const { text, tokens } = ctx;
  const headEnd = tokens[i]!.end;
  const personStart = ctx.persons.find((p) => p.start >= headEnd)?.start ?? Infinity;
  const s: SpanState = { i, head, j: i + head.words, lastGood: -1, named: false, paren: false, beforeComma: -1, personStart };
  read: while (s.j < tokens.length && s.j - i < MAX_WORDS) {
    const t = tokens[s.j]!;
    const sep = text.slice(tokens[s.j - 1]!.end, t.start);
    for (const step of STEPS) {
      const v = step.apply(ctx, s, t, sep);
      if (v === 'stop') break read;
      if (v === 'next') continue read;
    }
    s.j++;
    if (t.cap || ctx.localities.some((l) => l.end === t.end)) { s.lastGood = s.j; s.named = true; }
  }
  takeSecondSyllable(ctx, s);
  return s;
}
