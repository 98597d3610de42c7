import prefixes from '../../recognize/lexicon/admin-prefixes.json' with { type: 'json' };
import type { Arg, ArticleView } from './articleView.js';

/** Administrative words that may stand before a list item: "tỉnh", "thành phố", "bang"… */
const PREFIX = prefixes.map((p) => p.prefix).sort((a, b) => b.length - a.length).join('|');
/** What may join two items of a list: "A, B và C", "A; B", "A, tỉnh B", "A (Italy), B" (never "với": it opens the other side). */
const JOINER = new RegExp(String.raw`^\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?:(?:các\s+)?(?:${PREFIX})\s+)?$`, 'u');
/** What may lead into a list: "gồm", "bao gồm", "là", "các tỉnh", "8 tỉnh Bắc Lào, gồm". */
const LEAD = new RegExp(String.raw`^\s*(?:[,:]\s*)?(?:(?:bao\s+)?gồm:?\s+|là\s+)?(?:(?:các|những|\d+)\s+)?(?:(?:${PREFIX})\s+)?$`, 'u');

const isParty = (a: Arg) => (a.kind === 'Locality' || a.kind === 'Organization') && !a.id.startsWith('locality:masked');

/** Drops arguments nested in a larger one (the place inside "UBND huyện Mê Linh"). */
export function topLevel(args: Arg[]): Arg[] {
  return args.filter((a) => !args.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

/**
 * A coordinated list of localities or organizations beginning near `from`:
 * "với thủ đô Moskva, thành phố Saint Peterburg và tỉnh Svetlov", "gồm Hua Phan, Luang Prabang".
 * Countries written after an item ("TP Milan, Italy; Kosice, Slovakia") are skipped.
 */
export function listAt(v: ArticleView, from: number, to: number, lead: RegExp = LEAD): Arg[] {
  const args = topLevel(v.within(from, to));
  const first = args.findIndex((a) => a.kind !== 'Country');
  const head = args[first];
  if (!head || !isParty(head) || !lead.test(v.text.slice(from, head.start))) return [];
  const out = [head];
  let last = head;
  for (const a of args.slice(first + 1)) {
    if (a.kind === 'Country' && /^\s*[,(]\s*$/.test(v.text.slice(last.end, a.start))) { last = { ...last, end: a.end }; continue; }
    const gap = v.text.slice(last.end, a.start).replace(/^\s*\)/, '');
    if (!isParty(a) || a.kind !== head.kind || !JOINER.test(gap)) break;
    out.push(a);
    last = a;
  }
  return out;
}

/** An item followed by its own province ("thành phố Vinh, tỉnh Nghệ An") names one place: the first. */
export function withoutParents(items: Arg[], parentOf: (id: string) => string | null): Arg[] {
  return items.filter((a, k) => !(k > 0 && parentOf(items[k - 1]!.id) === a.id));
}
