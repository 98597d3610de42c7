import type { OrgCtx, OrgHead } from './orgHead.js';
import type { Token } from './tokenize.js';

/** Where the name being read stands: it runs from token i; j is the next token to read. */
export interface SpanState {
  i: number;
  head: OrgHead;
  j: number;
  /** End (exclusive) of the name read so far; -1 while only the head was read, which names no particular body. */
  lastGood: number;
  /** A capital or place was read: a head with small domain words only ("Bệnh viện đa khoa") is no particular body. */
  named: boolean;
  /** The name ends in an acronym in brackets: "(NATO)". */
  paren: boolean;
  /** lastGood before a comma and small words: only a place may close the name after them. */
  beforeComma: number;
  /** Start of the first person's name after the head. */
  personStart: number;
}

/** 'stop' ends the name; 'next' reads on (the step moved j); undefined lets the next step decide. */
export type Verdict = 'stop' | 'next' | undefined;

/** One rule on where an organization name ends, read at token t with the separator `sep` before it. */
export interface SpanStep {
  reason: string;
  /** A sentence the step decides on; the name it gives is in tests/recognize/findOrganizations.test.ts. */
  example: string;
  apply(ctx: OrgCtx, s: SpanState, t: Token, sep: string): Verdict;
}

/** Take token j (and `words` - 1 more) into the name. */
export function take(s: SpanState, words = 1): 'next' {
  s.j += words;
  s.lastGood = s.j;
  return 'next';
}
