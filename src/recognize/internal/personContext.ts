import type { LocalityMention, Sentence } from '../../types.js';
import type { TitleMention } from '../findTitles.js';
import { HONORIFICS, ORG_HEADS } from './lexicons.js';
import { PLACE_UNITS, type WrittenPhrases } from './personLexicons.js';
import type { Token } from './tokenize.js';

/** What the person recognizer reads: the text, its tokens and the mentions found before it. */
export interface PersonCtx {
  text: string;
  tokens: Token[];
  titles: TitleMention[];
  localities: LocalityMention[];
  sentences: Sentence[];
}

/** Whether one of `phrases`, as written, ends with token `last`. */
export function phraseEndingAt(ctx: PersonCtx, last: number, phrases: WrittenPhrases): boolean {
  const { text, tokens } = ctx;
  for (let n = 1; n <= phrases.maxWords && last - n + 1 >= 0; n++) {
    if (phrases.set.has(text.slice(tokens[last - n + 1]!.start, tokens[last]!.end).toLowerCase())) return true;
  }
  return false;
}

/** Whether one of `phrases`, as written, ends right before token `first` (spaces between). */
export function phraseBefore(ctx: PersonCtx, first: number, phrases: WrittenPhrases): boolean {
  const { text, tokens } = ctx;
  if (first === 0 || !/^\s+$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) return false;
  return phraseEndingAt(ctx, first - 1, phrases);
}

/** "ông", "bà", "ngài", "đồng chí" right before token `first`. */
export function honorificBefore(ctx: PersonCtx, first: number): boolean {
  const { text, tokens } = ctx;
  if (first === 0 || text.slice(tokens[first - 1]!.end, tokens[first]!.start) !== ' ') return false;
  const one = tokens[first - 1]!.folded;
  const two = first >= 2 ? `${tokens[first - 2]!.folded} ${one}` : '';
  return HONORIFICS.has(one) || HONORIFICS.has(two);
}

/** A title mention ending right before token `first`, one space between. */
export function titleRightBefore(ctx: PersonCtx, first: number): TitleMention | undefined {
  const { text, tokens } = ctx;
  if (first === 0 || text.slice(tokens[first - 1]!.end, tokens[first]!.start) !== ' ') return undefined;
  return ctx.titles.find((t) => t.last === first - 1);
}

/** "Hội đồng tỉnh", "UBND thành phố" right before token `first`: an organization of an unnamed place. */
export function unitAfterOrg(ctx: PersonCtx, first: number): boolean {
  const { tokens } = ctx;
  for (let n = 1; n <= PLACE_UNITS.maxWords && first - n > 0; n++) {
    if (!phraseEndingAt(ctx, first - 1, { set: PLACE_UNITS.set, maxWords: n }) ) continue;
    const unitStart = first - n;
    for (let m = 1; m <= ORG_HEADS.maxWords && unitStart - m >= 0; m++) {
      if (ORG_HEADS.map.has(tokens.slice(unitStart - m, unitStart).map((t) => t.folded).join(' '))) return true;
    }
  }
  return false;
}
