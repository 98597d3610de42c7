import type { LocalityMention, PersonMention } from '../../types.js';
import { foldedKey, isOrgHeadForm, ORG_HEADS, phraseLengthsAt } from './lexicons.js';
import { HEAD_REJECTS } from './orgHeadRejects.js';
import type { Token } from './tokenize.js';

/** What the organization rules read: the sentence's tokens and the persons and places found before. */
export interface OrgCtx {
  text: string;
  tokens: Token[];
  persons: PersonMention[];
  localities: LocalityMention[];
}

export interface OrgHead {
  /** Folded head phrase ("uy ban nhan dan"). */
  key: string;
  words: number;
}

/** The capitalised head phrase at i ("UBND", "Hội", "Tập đoàn"), unless a named reject says it opens no body. */
export function headAt(tokens: Token[], i: number, text: string): OrgHead | null {
  if (!tokens[i]!.cap) return null;
  for (const n of phraseLengthsAt(ORG_HEADS, tokens, i)) {
    const key = foldedKey(tokens, i, n);
    // Heads are capitalized words: "Hội" opens a name, "hội" (a meeting) does not.
    const written = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
    if (written[0] !== written[0]!.toUpperCase() || !isOrgHeadForm(written)) continue;
    if (HEAD_REJECTS.some((r) => r.rejects(tokens, i, n, key, text))) return null;
    return { key, words: n };
  }
  return null;
}
