import lexicon from './triggers.json' with { type: 'json' };

/** A trigger word of a relation, as listed in triggers.json. */
export interface TriggerEntry {
  trigger: string;
  pattern: string;
  example: string;
}

export interface Trigger {
  trigger: string;
  /** Global, case-insensitive, bounded by non-letters on both sides. */
  match: RegExp;
}

export interface TriggerHit {
  trigger: string;
  start: number;
  end: number;
}

/** Letters, marks and digits: a trigger must not be part of a longer word ("thăm" in "thămthẳm" or "kýtúc"). */
const WORD = String.raw`[\p{L}\p{M}\p{N}]`;

export function compileTriggers(entries: TriggerEntry[]): Trigger[] {
  return entries.map((e) => ({ trigger: e.trigger, match: new RegExp(`(?<!${WORD})(?:${e.pattern})(?!${WORD})`, 'giu') }));
}

/** The verbs and nouns of a visit, meeting or agreement that the audit looks for (section A). */
export const STRONG_TRIGGERS = compileTriggers(lexicon.strong);
/** Weaker words the extractor's rules may also fire on; with the strong ones they define a quiet article (section E). */
export const WEAK_TRIGGERS = compileTriggers(lexicon.weak);
export const TRIGGER_EXAMPLES: Array<[string, string]> = [...lexicon.strong, ...lexicon.weak].map((e) => [e.example, e.trigger]);

/** Every trigger occurrence in `text`, in text order. */
export function findTriggers(text: string, triggers: Trigger[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const t of triggers) {
    for (const m of text.matchAll(t.match)) hits.push({ trigger: t.trigger, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function hasTrigger(text: string, triggers: Trigger[]): boolean {
  return triggers.some((t) => {
    t.match.lastIndex = 0;
    return t.match.test(text);
  });
}
