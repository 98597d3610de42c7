import type { CleanArticle, ExtractedRelation } from '../../src/types.js';
import { sentenceAt } from './sentenceParties.js';

/** One line a person can judge: what was extracted, from which sentence. */
export interface SampleLine {
  article: string;
  /** What is judged: a name, or "A → B". */
  subject: string;
  /** Type, rule, date…: context for the verdict. */
  detail: string;
  sentence: string;
}

/** Longest evidence kept, in characters. */
export const MAX_SENTENCE = 400;

export function clip(sentence: string): string {
  return sentence.length <= MAX_SENTENCE ? sentence : `${sentence.slice(0, MAX_SENTENCE)}…`;
}

/** A relation with its two ends' names (ids when the article has no such entity), rule and evidence. */
export function relationLine(article: string, r: ExtractedRelation, names: Map<string, string>): SampleLine {
  const ev = r.evidence[0];
  const detail = [r.type, ev?.rule, r.kind, r.title ? `title “${r.title}”` : null, r.date, r.status].filter(Boolean).join(' · ');
  return { article, subject: `${names.get(r.source) ?? r.source} → ${names.get(r.target) ?? r.target}`, detail, sentence: clip(ev?.sentence ?? '') };
}

/** The sentence holding the mention [start, end), the mention in bold, clipped around it. */
export function sentenceAround(article: CleanArticle, start: number, end: number): string {
  const s = article.sentences[sentenceAt(article.sentences, start)];
  if (!s) return '';
  if (start <= s.start && end >= s.end) return clip(s.text);
  const from = Math.max(s.start, Math.min(start - MAX_SENTENCE / 2, s.end - MAX_SENTENCE));
  const to = Math.min(s.end, from + MAX_SENTENCE);
  const at = Math.min(end, to);
  const text = article.text;
  return `${from > s.start ? '…' : ''}${text.slice(from, start)}**${text.slice(start, at)}**${text.slice(at, to)}${to < s.end ? '…' : ''}`;
}
