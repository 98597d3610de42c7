import { PLACE_WORD as PREFIX } from '../rules/placeWords.js';
import type { Arg, ArticleView } from './articleView.js';

/** What may join two items of a list: "A, B và C", "A; B", "A, tỉnh B", "A (Italy), B" (never "với": it opens the other side). */
const JOINER = new RegExp(String.raw`^\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?:(?:các\s+)?(?:${PREFIX})\s+)?$`, 'u');
/** What may lead into a list: "gồm", "bao gồm", "là", "các tỉnh", "8 tỉnh Bắc Lào, gồm". */
const LEAD = new RegExp(String.raw`^\s*(?:[,:]\s*)?(?:(?:bao\s+)?gồm:?\s+|là\s+)?(?:(?:các|những|\d+)\s+)?(?:(?:${PREFIX})\s+)?$`, 'u');

/** A locality's own government body ("UBND tỉnh X") lists with localities; other bodies with bodies. */
export const partyClass = (a: Arg) => (a.kind === 'Organization' && a.level === 'government' ? 'Locality' : a.kind);

export const isParty = (a: Arg) => (a.kind === 'Locality' || a.kind === 'Organization') && !a.id.startsWith('locality:masked');

/** Drops arguments nested in a larger one (the place inside "UBND huyện Mê Linh"). */
export function topLevel(args: Arg[]): Arg[] {
  return args.filter((a) => !args.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

/**
 * A coordinated list of localities or organizations beginning near `from`:
 * "với thủ đô Moskva, thành phố Saint Peterburg và tỉnh Svetlov", "gồm Hua Phan, Luang Prabang".
 * Countries written after an item ("TP Milan, Italy; Kosice, Slovakia") are skipped. Items are of one
 * class (places, or bodies) unless `mixed`: signatories of one document may be both.
 */
export function listAt(v: ArticleView, from: number, to: number, opts: { lead?: RegExp; mixed?: boolean } = {}): Arg[] {
  const lead = opts.lead ?? LEAD;
  const args = topLevel(v.within(from, to));
  const first = args.findIndex((a) => a.kind !== 'Country');
  const head = args[first];
  if (!head || !isParty(head) || !lead.test(v.text.slice(from, head.start))) return [];
  const out = [head];
  let last = head;
  for (const a of args.slice(first + 1)) {
    if (a.kind === 'Country' && /^\s*[,(]\s*$/.test(v.text.slice(last.end, a.start))) { last = { ...last, end: a.end }; continue; }
    const gap = v.text.slice(last.end, a.start).replace(/^\s*\)/, '');
    if (!isParty(a) || (!opts.mixed && partyClass(a) !== partyClass(head)) || !JOINER.test(gap)) break;
    out.push(a);
    last = a;
  }
  return out;
}

/** An item followed by its own province ("thành phố Vinh, tỉnh Nghệ An") names one place: the first. */
export function withoutParents(items: Arg[], parentOf: (id: string) => string | null): Arg[] {
  return items.filter((a, k) => !(k > 0 && parentOf(items[k - 1]!.id) === a.id));
}
