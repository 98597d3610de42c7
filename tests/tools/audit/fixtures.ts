import { splitSentences } from '../../../src/clean/splitSentences.js';
import type { CleanArticle, EntityType, ExtractedEntity, ExtractedRelation, Extraction, RelationType } from '../../../src/types.js';

/** An entity whose mentions are every occurrence of `surface` in `text`. */
export function entity(text: string, type: EntityType, name: string, surface = name, extra: Partial<ExtractedEntity> = {}): ExtractedEntity {
  const mentions = [...text.matchAll(new RegExp(surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'))].map((m) => ({
    type, start: m.index, end: m.index + surface.length, text: surface, reason: 'test',
  }));
  return { id: `${type.toLowerCase()}:${name}`, type, name, aliases: [], mentions, ...extra };
}

export function relation(type: RelationType, source: string, target: string, sentence: string, rule = 'test.rule'): ExtractedRelation {
  return { type, source, target, date: null, evidence: [{ article: 'a1', sentence, rule }] };
}

/** A cleaned article and its extraction, as the audit receives them. */
export function article(id: string, text: string, entities: ExtractedEntity[], relations: ExtractedRelation[] = [], date: string | null = null): { article: CleanArticle; extraction: Extraction } {
  const meta = { id, title: null, date, url: null, source: 'test' };
  return { article: { meta, text, sentences: splitSentences(text), year: null }, extraction: { article: meta, entities, relations } };
}
