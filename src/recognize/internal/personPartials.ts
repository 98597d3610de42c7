import type { PersonMention } from '../../types.js';
import { nameKey } from './fold.js';
import { honorificBefore, type PersonCtx } from './personContext.js';
import type { Token } from './tokenize.js';

const nameWord = (t: Token) => t.cap && !t.upper && !/^\d/.test(t.text);

/** "ông Abe", "Thống đốc Hiroshi": one word after an honorific or title that belongs to a name seen earlier. */
export function withPartials(ctx: PersonCtx, full: PersonMention[]): PersonMention[] {
  const { text, tokens } = ctx;
  const out = [...full];
  // `full` is sorted by start, and so are the tokens: one pointer tells whether a token is inside a name.
  let next = 0;
  const covered = (p: number) => {
    while (next < full.length && full[next]!.end <= p) next++;
    for (let k = next; k < full.length && full[k]!.start <= p; k++) if (p < full[k]!.end) return true;
    return false;
  };
  const titleEnds = new Set(ctx.titles.map((x) => x.end));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nameWord(t) || covered(t.start)) continue;
    const prev = tokens[i - 1]!;
    const cue = honorificBefore(ctx, i) || titleEnds.has(prev.end);
    if (!cue || text.slice(prev.end, t.start) !== ' ') continue;
    if (tokens[i + 1] && nameWord(tokens[i + 1]!) && text.slice(t.end, tokens[i + 1]!.start) === ' ') continue;
    const owner = full.find((m) => m.end <= t.start && nameKey(m.name).split(' ').includes(t.folded));
    if (!owner) continue;
    out.push({ ...owner, start: t.start, end: t.end, text: t.text, reason: 'person.partial', partial: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
