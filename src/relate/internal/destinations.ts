import { PLACE_WORD } from '../rules/placeWords.js';
import type { Sentence } from '../../types.js';
import type { ArticleView } from './articleView.js';
import type { Clause } from './clauses.js';
import { personsIn } from './refs.js';

/** Between a travelling verb and its first place: "tại", "tới", "lãnh đạo", "tỉnh", "các tỉnh"… */
const FIRST_GAP = new RegExp(String.raw`^\s*(?:(?:tại|tới|ở|đến|thăm|lãnh đạo|chính quyền)\s+)?(?:(?:các\s+)?(?:${PLACE_WORD}|Thành phố|Tỉnh)\s*)?$`, 'u');
/** Between two places of one destination: "tại Đà Nẵng và TP.HCM". */
const NEXT_GAP = new RegExp(String.raw`^\s*(?:,|và|, và)\s*(?:(?:tại|${PLACE_WORD})\s+)?$`, 'u');
/** The lead of a news story: the headline, the dateline sentence, one more. */
const LEAD_SENTENCES = 3;

/** "tại Đà Nẵng và TP.HCM", "tỉnh Fukuoka", "bang Virginia": the places right after a trigger. */
export function placesAfter(v: ArticleView, from: number, to: number): string[] {
  const out: string[] = [];
  let cursor = from;
  for (const a of v.within(from, to)) {
    if (a.start < cursor) continue;
    if (!(out.length === 0 ? FIRST_GAP : NEXT_GAP).test(v.text.slice(cursor, a.start))) break;
    if (a.kind === 'Country' || a.kind === 'Person' || !a.place) break;
    out.push(a.place);
    cursor = a.end;
  }
  return out;
}

/** The first place after "tại" in [from, to): "Tại Văn phòng UBND tỉnh Bình Định", "tại thủ đô Washington D.C.". */
export function placeAfterTai(v: ArticleView, from: number, to: number): string | null {
  const text = v.text.slice(from, to);
  for (const m of text.matchAll(/(?:^|[\s,(])[Tt]ại\s/gu)) {
    const start = from + m.index! + m[0].length;
    const comma = v.text.slice(start, to).search(/[,;]|\.(?=\s|$)/);
    const end = comma < 0 ? to : start + comma;
    const place = v.within(start, end).find((a) => a.place && a.kind !== 'Person' && a.kind !== 'Country');
    if (place?.place) return place.place;
  }
  return null;
}

/** Where a reception happens: "Tại Văn phòng UBND tỉnh Bình Định, …", else the host's own locality. */
export function hostPlace(v: ArticleView, clause: Clause, at: number, opts: { openingOnly?: boolean } = {}): string[] {
  const opening = placeAfterTai(v, clause.start, at);
  if (opening) return [opening];
  if (opts.openingOnly) return [];
  const host = personsIn(v, clause.start, at).pop();
  const home = host ? v.r.affiliations.get(host) : undefined;
  if (home) return [home];
  const anywhere = placeAfterTai(v, clause.start, clause.sentence.end) ?? leadPlace(v);
  return anywhere ? [anywhere] : [];
}

/** "Sáng 6/6, tại Hà Nội, …": the place the story's lead says it happened. */
function leadPlace(v: ArticleView): string | null {
  for (const s of v.sentences.slice(0, LEAD_SENTENCES)) {
    const lead = placeAfterTai(v, s.start, s.end);
    if (lead) return lead;
  }
  return null;
}

/** Where an event is held: "tại X" in its sentence, else in the story's lead, else its main Vietnamese place. */
export function venueOf(v: ArticleView, sentence: Sentence): string[] {
  const place = placeAfterTai(v, sentence.start, sentence.end) ?? leadPlace(v) ?? v.r.dominant.vn;
  return place ? [place] : [];
}
