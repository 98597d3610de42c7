import type { DateMention, ExtractedEntity, ResolvedArticle, Sentence } from '../../types.js';
import type { TitleMention } from '../../recognize/findTitles.js';

/** A mention that can take part in a relation, with the entity it stands for. */
export interface Arg {
  kind: 'Person' | 'Locality' | 'Organization' | 'Country';
  id: string;
  start: number;
  end: number;
  /** Person: locality acted for; Organization: locality in its name. */
  place: string | null;
  /** Person: 'national' | 'local' | …; Organization: 'government' when a locality's own body. */
  level: string | null;
}

/** The article seen as sentences of typed arguments, for the relation rules. */
export interface ArticleView {
  r: ResolvedArticle;
  text: string;
  sentences: Sentence[];
  args: Arg[];
  titles: TitleMention[];
  dates: DateMention[];
  entity(id: string): ExtractedEntity | undefined;
  /** Arguments inside [start, end), in text order. */
  within(start: number, end: number): Arg[];
}

export function articleView(r: ResolvedArticle, titles: TitleMention[]): ArticleView {
  const rec = r.recognized;
  const args: Arg[] = [];
  rec.persons.forEach((p, k) => {
    const id = r.personIds[k]!;
    args.push({ kind: 'Person', id, start: p.start, end: p.end, place: r.affiliations.get(id) ?? null, level: p.level });
  });
  for (const o of rec.organizations) {
    args.push({ kind: 'Organization', id: `org:${o.name}`, start: o.start, end: o.end, place: o.locality, level: o.government ? 'government' : null });
  }
  for (const l of rec.localities) args.push({ kind: 'Locality', id: l.id, start: l.start, end: l.end, place: l.id, level: null });
  for (const c of rec.countries) args.push({ kind: 'Country', id: `country:${c.code}`, start: c.start, end: c.end, place: null, level: null });
  args.sort((a, b) => a.start - b.start || b.end - a.end);
  // Organization ids are the resolve stage's: recompute from the entity map by name.
  const orgIdByName = new Map<string, string>();
  for (const e of r.entities.values()) if (e.type === 'Organization') orgIdByName.set(e.name, e.id);
  for (const a of args) if (a.kind === 'Organization') a.id = orgIdByName.get(a.id.slice(4)) ?? a.id;
  return {
    r, text: r.article.text, sentences: r.article.sentences, args, titles, dates: rec.dates,
    entity: (id) => r.entities.get(id),
    within: (start, end) => {
      // Arguments are sorted by start: find the first at or after `start`, then read on to `end`.
      let lo = 0, hi = args.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (args[mid]!.start < start) lo = mid + 1;
        else hi = mid;
      }
      const out: Arg[] = [];
      for (let k = lo; k < args.length && args[k]!.start < end; k++) if (args[k]!.end <= end) out.push(args[k]!);
      return out;
    },
  };
}
