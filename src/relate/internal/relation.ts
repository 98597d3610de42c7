import type { DateMention, EventStatus, ExtractedRelation, RelationType, Sentence } from '../../types.js';
import type { ArticleView } from './articleView.js';

/** A relation as the rules produce it, before events are attached. */
export interface Found {
  type: RelationType;
  source: string;
  target: string;
  date: DateMention | null;
  status: EventStatus;
  sentence: Sentence;
  rule: string;
  extra?: Partial<ExtractedRelation>;
}

export function toRelation(v: ArticleView, f: Found): ExtractedRelation {
  return {
    type: f.type, source: f.source, target: f.target, date: f.date?.value.value ?? null, status: f.status,
    evidence: [{ article: v.r.article.meta.id, sentence: f.sentence.text, rule: f.rule }],
    ...f.extra,
  };
}

/** KG_DEBUG=1 prints why each fact was produced. */
export function trace(v: ArticleView, f: Found): void {
  if (!process.env.KG_DEBUG) return;
  const name = (id: string) => v.entity(id)?.name ?? id;
  process.stderr.write(`[kg] ${v.r.article.meta.id} ${f.type} ${name(f.source)} → ${name(f.target)} (${f.rule}) «${f.sentence.text.slice(0, 160)}»\n`);
}
