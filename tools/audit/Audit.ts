import type { CleanArticle, ExtractedEntity, ExtractedRelation, Extraction } from '../../src/types.js';
import { EventDates } from './EventDates.js';
import { TRIGGERED_TYPES, triggerSentences } from './findMissedRelations.js';
import { textArtifacts } from './nameFlags.js';
import { NodeIndex } from './NodeIndex.js';
import { createRandom, Reservoir } from './Reservoir.js';
import { clip, relationLine, sentenceAround, type SampleLine } from './sampleLine.js';
import { hasTrigger, STRONG_TRIGGERS, WEAK_TRIGGERS } from './triggers.js';

export interface TriggerCount {
  sentences: number;
  related: number;
  missed: number;
  missedBothSides: number;
}

export interface ArtifactFlag {
  article: string;
  type: string;
  field: string;
  text: string;
  kinds: string[];
}

export const SAMPLE_CATEGORIES = ['Person', 'Locality', 'Organization', 'Event', 'MET', 'AGREEMENT', 'VISITED', 'HOLDS_POSITION'] as const;
export type SampleCategory = (typeof SAMPLE_CATEGORIES)[number];
const SAMPLED = new Set<string>(SAMPLE_CATEGORIES);

/** Everything the audit gathers over a corpus, one article at a time. */
export class Audit {
  articles = 0;
  latestDate: string | null = null;
  readonly nodes = new NodeIndex();
  readonly triggers = new Map<string, TriggerCount>();
  /** The same counts over sentences, each counted once whatever its number of triggers. */
  readonly triggerSentences: TriggerCount = { sentences: 0, related: 0, missed: 0, missedBothSides: 0 };
  readonly missed: Reservoir<SampleLine>;
  readonly relationsByType = new Map<string, number>();
  readonly relationsByRule = new Map<string, number>();
  readonly samples = new Map<SampleCategory, Reservoir<SampleLine>>();
  readonly events = new EventDates();
  readonly artifacts = new Map<string, ArtifactFlag>();
  /** Articles without a strong trigger, and the VISITED/MET/AGREEMENT relations they produced. */
  readonly noStrong = { articles: 0, relations: 0, byRule: new Map<string, number>() };
  /** Articles without any trigger word at all, and every such relation they produced (should be none). */
  readonly quiet = { articles: 0, relations: [] as SampleLine[] };

  constructor(sampleSize: number, seed: string) {
    this.missed = new Reservoir(sampleSize, createRandom(`${seed}:missed`));
    for (const c of SAMPLE_CATEGORIES) this.samples.set(c, new Reservoir(sampleSize, createRandom(`${seed}:${c}`)));
  }

  add(article: CleanArticle, extraction: Extraction): void {
    this.articles++;
    const id = extraction.article.id;
    const date = extraction.article.date;
    if (date && (this.latestDate === null || date > this.latestDate)) this.latestDate = date;
    const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
    for (const e of extraction.entities) this.addEntity(article, id, e);
    for (const r of extraction.relations) this.addRelation(id, r, names);
    this.addTriggerSentences(article, extraction);
    this.addQuiet(article, extraction, names);
  }

  private addEntity(article: CleanArticle, id: string, e: ExtractedEntity): void {
    const first = e.mentions[0];
    const sentence = () => (first ? sentenceAround(article, first.start, first.end) : '');
    for (const [field, text] of [['name', e.name], ...e.aliases.map((a) => ['alias', a]), ...(e.titles ?? []).map((t) => ['title', t])] as const) {
      this.addArtifacts(id, e.type, field, text);
    }
    if (e.type === 'Event') {
      this.events.add(id, e, this.latestDate, sentence);
    } else {
      this.nodes.add(e, id, sentence);
    }
    if (SAMPLED.has(e.type)) {
      const detail = [e.type, first?.reason, e.kind, e.country, e.type === 'Event' ? (e.date ?? 'no date') : null, e.status].filter(Boolean).join(' · ');
      this.samples.get(e.type as SampleCategory)!.offer(() => ({ article: id, subject: e.name, detail, sentence: sentence() }));
    }
  }

  private addArtifacts(article: string, type: string, field: string, text: string): void {
    const kinds = textArtifacts(text);
    const k = `${type}|${field}|${text}`;
    if (kinds.length > 0 && !this.artifacts.has(k)) this.artifacts.set(k, { article, type, field, text, kinds });
  }

  private addRelation(article: string, r: ExtractedRelation, names: Map<string, string>): void {
    const rule = r.evidence[0]?.rule ?? '?';
    bump(this.relationsByType, r.type);
    bump(this.relationsByRule, `${r.type} ${rule}`);
    if (r.title) this.addArtifacts(article, r.type, 'title', r.title);
    if (!SAMPLED.has(r.type)) return;
    this.samples.get(r.type as SampleCategory)!.offer(() => relationLine(article, r, names));
  }

  private addTriggerSentences(article: CleanArticle, extraction: Extraction): void {
    for (const t of triggerSentences(article.sentences, extraction, STRONG_TRIGGERS)) {
      count(this.triggerSentences, t.related, t.bothSides);
      for (const name of t.triggers) {
        const c = this.triggers.get(name) ?? { sentences: 0, related: 0, missed: 0, missedBothSides: 0 };
        count(c, t.related, t.bothSides);
        this.triggers.set(name, c);
      }
      if (t.related) continue;
      this.missed.offer(() => ({
        article: extraction.article.id,
        subject: t.parties.map((p) => p.name).join(' · '),
        detail: `${t.triggers.join(', ')}${t.bothSides ? ' · both sides' : ''}`,
        sentence: clip(t.sentence),
      }));
    }
  }

  private addQuiet(article: CleanArticle, extraction: Extraction, names: Map<string, string>): void {
    if (hasTrigger(article.text, STRONG_TRIGGERS)) return;
    const triggered = extraction.relations.filter((r) => TRIGGERED_TYPES.has(r.type));
    this.noStrong.articles++;
    this.noStrong.relations += triggered.length;
    for (const r of triggered) bump(this.noStrong.byRule, `${r.type} ${r.evidence[0]?.rule ?? '?'}`);
    if (hasTrigger(article.text, WEAK_TRIGGERS)) return;
    this.quiet.articles++;
    for (const r of triggered) this.quiet.relations.push(relationLine(extraction.article.id, r, names));
  }
}

function count(c: TriggerCount, related: boolean, bothSides: boolean): void {
  c.sentences++;
  if (related) c.related++;
  else {
    c.missed++;
    if (bothSides) c.missedBothSides++;
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
