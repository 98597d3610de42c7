import type { LocalityMention, Sentence } from '../../types.js';
import type { TitleMention } from '../findTitles.js';
import honorifics from '../lexicon/honorifics.json' with { type: 'json' };
import { HONORIFICS, ORG_HEADS, isOrgHeadForm } from './lexicons.js';
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

const HONORIFIC_FORMS = new Set(honorifics.map((h) => h.toLowerCase()));

/** Whether one of `phrases`, as written, ends with token `last`. */
export function phraseEndingAt(ctx: PersonCtx, last: number, phrases: WrittenPhrases): boolean {
  const { text, tokens } = ctx;
  if (!phrases.lastWords.has(tokens[last]!.folded)) return false;
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

/**
 * "ông", "bà", "ngài", "đồng chí" right before token `first`, matched as written: folded, "cô"
 * (Ms) would also match "có" (has). Diacritic-free text ("Ong Nguyen Van Binh") matches too.
 */
export function honorificBefore(ctx: PersonCtx, first: number): boolean {
  const { text, tokens } = ctx;
  if (first === 0 || text.slice(tokens[first - 1]!.end, tokens[first]!.start) !== ' ') return false;
  const one = tokens[first - 1]!;
  const two = first >= 2 ? text.slice(tokens[first - 2]!.start, one.end) : '';
  const ascii = one.ascii && tokens[first]!.ascii;
  return HONORIFIC_FORMS.has(one.text.toLowerCase()) || HONORIFIC_FORMS.has(two.toLowerCase())
    || (ascii && HONORIFICS.has(one.folded));
}

interface TitleIndex { starts: Set<number>; byLast: Map<number, TitleMention> }
const titleIndexes = new WeakMap<TitleMention[], TitleIndex>();

/** Title mentions by start offset and by last token, built once per article. */
function titleIndex(ctx: PersonCtx): TitleIndex {
  let index = titleIndexes.get(ctx.titles);
  if (!index) {
    index = { starts: new Set(ctx.titles.map((t) => t.start)), byLast: new Map(ctx.titles.map((t) => [t.last, t])) };
    titleIndexes.set(ctx.titles, index);
  }
  return index;
}

/** Whether a title mention starts at this offset. */
export function titleStartsAt(ctx: PersonCtx, offset: number): boolean {
  return titleIndex(ctx).starts.has(offset);
}

/** A title mention ending right before token `first`, one space between. */
export function titleRightBefore(ctx: PersonCtx, first: number): TitleMention | undefined {
  const { text, tokens } = ctx;
  if (first === 0 || text.slice(tokens[first - 1]!.end, tokens[first]!.start) !== ' ') return undefined;
  return titleIndex(ctx).byLast.get(first - 1);
}

/** "Hội đồng tỉnh", "UBND thành phố" right before token `first`: an organization of an unnamed place. */
export function unitAfterOrg(ctx: PersonCtx, first: number): boolean {
  const { tokens } = ctx;
  for (let n = 1; n <= PLACE_UNITS.maxWords && first - n > 0; n++) {
    if (!PLACE_UNITS.set.has(ctx.text.slice(tokens[first - n]!.start, tokens[first - 1]!.end).toLowerCase())) continue;
    const unitStart = first - n;
    for (let m = 1; m <= ORG_HEADS.maxWords && unitStart - m >= 0; m++) {
      const words = tokens.slice(unitStart - m, unitStart);
      // Matched as written too: "trưởng" folds like the head "Trường".
      if (ORG_HEADS.map.has(words.map((t) => t.folded).join(' '))
        && isOrgHeadForm(ctx.text.slice(words[0]!.start, words[m - 1]!.end))) return true;
    }
  }
  return false;
}
