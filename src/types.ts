/**
 * The one place where the shapes flowing through the pipeline are declared:
 * ingest → clean → recognize → resolve → relate → assemble → export.
 */
import type { AbstractGraph } from 'graphology-types';

// ---------------------------------------------------------------- ingest

/** One article as read from disk, before any cleaning. */
export interface RawArticle {
  /** Input file name without extension, or the `id` field of a JSON line. */
  id: string;
  title: string | null;
  /** `YYYY-MM-DD` when the source gives it. */
  date: string | null;
  url: string | null;
  text: string;
  /** Path of the file the article came from. */
  source: string;
  /** 1-based line number inside a JSON Lines file. */
  line?: number;
}

/** A problem with one input that was reported and skipped; the run goes on. */
export interface IngestWarning {
  file: string;
  line?: number;
  reason: string;
}

// ---------------------------------------------------------------- text

/** A half-open character range `[start, end)` in the cleaned article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** The body of an article after the clean stage. */
export interface CleanArticle {
  meta: ArticleMeta;
  /** NFC text with page furniture removed; offsets of mentions refer to it. */
  text: string;
  sentences: Sentence[];
  /** Year the article is about, used for dates that omit it. */
  year: number | null;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string;
}

// ---------------------------------------------------------------- recognize

export type EntityType = 'Person' | 'Locality' | 'Organization' | 'Event';
export type CountryCode = string; // ISO 3166-1 alpha-2, e.g. 'VN', 'JP'
export type LocalityKind = 'province' | 'prefecture' | 'state' | 'city' | 'district' | 'town' | 'commune' | 'region';
export type EventKind = 'visit' | 'meeting' | 'signing' | 'festival' | 'conference' | 'exchange' | 'other';
export type EventStatus = 'done' | 'planned';
export type AgreementKind = 'friendship' | 'cooperation' | 'mou' | 'sister-city' | 'other';

/** A surface form found in the text, with the rule (`reason`) that produced it. */
export interface Mention extends Span {
  type: EntityType | 'Title' | 'Date';
  text: string;
  /** Name of the rule or lexicon that produced the mention (for KG_DEBUG traces). */
  reason: string;
}

/** A date as written in the text, normalised. */
export interface DateValue {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year is unknown. */
  value: string;
  year: number | null;
  /** False when the year was inferred from the article rather than written. */
  yearExplicit: boolean;
}

/** A locality name found in the text: from the gazetteer, or from a pattern such as "thành phố X". */
export interface LocalityMention extends Mention {
  type: 'Locality';
  /** Gazetteer id, or a new id built from the name for places not in the gazetteer. */
  id: string;
  name: string;
  country: CountryCode | null;
  kind: LocalityKind;
  /** Preceded by an administrative word ("tỉnh", "thành phố", "TP", "huyện"…). */
  prefixed: boolean;
  /** A spam-masked name ("tỉnh �"), resolved later from its districts when possible. */
  masked?: boolean;
}

/** A named person with the title phrase and place the text attaches to them. */
export interface PersonMention extends Mention {
  type: 'Person';
  name: string;
  /** Title phrase as written before or after the name ("Phó Chủ tịch UBND tỉnh"). */
  title: string | null;
  /** 'national' for heads of state, ministers, ambassadors…; 'local' for governors, mayors… */
  level: 'national' | 'local' | 'any' | null;
  /** Locality the title phrase names ("Thống đốc tỉnh Fukuoka" → Fukuoka). */
  affiliation: string | null;
  /** Administrative word of an unnamed place in the title ("UBND tỉnh" → 'tỉnh'). */
  unnamedUnit: string | null;
  country: CountryCode | null;
  /** A short later mention ("ông Abe") of a person named in full earlier. */
  partial?: boolean;
}

export interface OrganizationMention extends Mention {
  type: 'Organization';
  name: string;
  aliases: string[];
  /** Locality id named inside the organization's name ("UBND tỉnh Bình Định"). */
  locality: string | null;
  /** A locality's own government body (UBND, HĐND, Tỉnh ủy, Chính quyền…). */
  government: boolean;
}

export interface DateMention extends Mention {
  type: 'Date';
  value: DateValue;
  /**
   * Set when the date is not the day of something the article reports: a target year
   * ("mục tiêu đến năm 2030", "tầm nhìn 2045"), an origin (a founding year, an anniversary's
   * first year, a bare year before the article's, a year before 1945) or a period
   * ("giai đoạn 2021-2025", "nhiệm kỳ 2020-2025"). An agreement signed "năm 2008" keeps
   * that date as its own, but 2008 is not the date of an event the article reports.
   * Absent for the dates of visits, meetings, signings and the like.
   */
  role?: DateRole;
  /** The rule that set `role`. */
  roleReason?: string;
}

export type DateRole = 'target' | 'origin' | 'period';

export interface CountryMention extends Mention {
  code: CountryCode;
}

/** Everything the recognize stage found in one article. */
export interface Recognized {
  localities: LocalityMention[];
  persons: PersonMention[];
  organizations: OrganizationMention[];
  dates: DateMention[];
  countries: CountryMention[];
}

/** The resolve stage's result: mentions grouped into the article's entities. */
export interface ResolvedArticle {
  article: CleanArticle;
  recognized: Recognized;
  /** Entities by global id. */
  entities: Map<string, ExtractedEntity>;
  /** Entity id of each person mention (same order as `recognized.persons`). */
  personIds: string[];
  /** Person id → locality id the person acts for (resolved from their title). */
  affiliations: Map<string, string>;
  /** Most mentioned Vietnamese locality and most mentioned foreign locality. */
  dominant: { vn: string | null; foreign: string | null };
}

// ---------------------------------------------------------------- extraction (per article)

/**
 * An entity of one article. `id` is the global graph id, so the same person,
 * locality or organization found in several articles becomes one node.
 */
export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** Person */
  titles?: string[];
  country?: CountryCode | null;
  /** Person/Organization: the locality id they belong to, when known. */
  affiliation?: string | null;
  /** Locality */
  kind?: LocalityKind | EventKind;
  parent?: string | null;
  lat?: number | null;
  lng?: number | null;
  /** Locality: name of the unit it belongs to since Vietnam's 2025 merger. */
  currentUnit?: string | null;
  /** Locality: pre-2025 units merged into it. */
  formerUnits?: string[];
  /** Event */
  date?: string | null;
  status?: EventStatus;
  /** Event: locality id where it happened. */
  where?: string | null;
}

export type RelationType =
  | 'VISITED'
  | 'MET'
  | 'AGREEMENT'
  | 'HOLDS_POSITION'
  | 'PARTICIPATED_IN'
  | 'HELD_IN'
  | 'LOCATED_IN'
  | 'MENTIONED_IN';

/** The sentence a fact was read from, and the rule that read it. */
export interface Evidence {
  article: string;
  sentence: string;
  rule: string;
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  status?: EventStatus;
  /** AGREEMENT: kind of agreement. */
  kind?: AgreementKind;
  /** HOLDS_POSITION: the title held. */
  title?: string;
  /** PARTICIPATED_IN: e.g. 'leader', 'host', 'delegation'. */
  role?: string;
  evidence: Evidence[];
}

/** One line of `extractions.jsonl`: the scorer's input format plus provenance. */
export interface Extraction {
  article: ArticleMeta;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

// ---------------------------------------------------------------- graph

export type NodeType = EntityType | 'Article';

/** Attributes every node carries; `x`, `y`, `size`, `color`, `label` are what sigma draws. */
export interface BaseNodeAttributes {
  type: NodeType;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Ids of the articles the node was found in. */
  articles: string[];
}

export interface PersonAttributes extends BaseNodeAttributes {
  type: 'Person';
  name: string;
  variants: string[];
  titles: string[];
  country: CountryCode | null;
}

export interface LocalityAttributes extends BaseNodeAttributes {
  type: 'Locality';
  name: string;
  variants: string[];
  kind: LocalityKind;
  country: CountryCode | null;
  /** Node id of the parent locality. */
  parent: string | null;
  lat: number | null;
  lng: number | null;
  currentUnit: string | null;
  formerUnits: string[];
}

export interface OrganizationAttributes extends BaseNodeAttributes {
  type: 'Organization';
  name: string;
  variants: string[];
  country: CountryCode | null;
}

export interface EventAttributes extends BaseNodeAttributes {
  type: 'Event';
  kind: EventKind;
  date: string | null;
  status: EventStatus;
  /** Node id of the locality where it happened. */
  where: string | null;
}

export interface ArticleAttributes extends BaseNodeAttributes {
  type: 'Article';
  title: string | null;
  url: string | null;
  date: string | null;
  source: string;
}

export type NodeAttributes =
  | PersonAttributes
  | LocalityAttributes
  | OrganizationAttributes
  | EventAttributes
  | ArticleAttributes;

export interface EdgeAttributes {
  type: RelationType;
  /** MET and AGREEMENT are undirected: source/target are in canonical (sorted) order. */
  undirected: boolean;
  /** Earliest known date, `YYYY[-MM[-DD]]`, or null. */
  date: string | null;
  /** Every date seen for this relation (several agreements between the same parties). */
  dates: string[];
  status?: EventStatus;
  kind?: AgreementKind;
  title?: string;
  role?: string;
  articles: string[];
  evidence: Evidence[];
  /** Rules that produced the relation. */
  rules: string[];
  label: string;
  size: number;
  color: string;
}

export interface GraphAttributes {
  name: string;
  generator: string;
  /** ISO timestamp of the build is deliberately absent: builds are deterministic. */
  articles: number;
}

export type KgGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

// ---------------------------------------------------------------- export

/**
 * The read-only part of a graph that the exporters use. A graphology `KgGraph` is one; so is
 * the assembler's `AssembledGraph`, which `kg build` exports without building a graphology graph.
 */
export interface GraphSource {
  readonly type: string;
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;
  readonly order: number;
  readonly size: number;
  getAttributes(): GraphAttributes;
  nodeEntries(): IterableIterator<GraphSourceNode>;
  edgeEntries(): IterableIterator<GraphSourceEdge>;
}

export interface GraphSourceNode {
  node: string;
  attributes: NodeAttributes;
}

export interface GraphSourceEdge {
  edge: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  undirected: boolean;
}

/** Where the edge records of a written graph.json or graph.gexf lie, so that a later build can copy the unchanged ones. */
export interface EdgeRecordIndex {
  /** The file's byte size: a file of another size is not the one described. */
  size: number;
  /** Byte offset of the first record; each one after it follows the one before and the separator. */
  first: number;
  /** Byte length of each record, in the order of `EdgeReuse.keys`. */
  lengths: Uint32Array;
}

/** What an exporter needs to copy edge records from the file it replaces instead of rendering them. */
export interface EdgeReuse {
  /** The edge keys of the previous file, in its order. */
  keys: string[];
  index: EdgeRecordIndex;
  /** False for an edge whose record would not be the same bytes as in the previous file. */
  unchanged: (key: string) => boolean;
}

// ---------------------------------------------------------------- build

/** What `kg build` tells the user at the end and writes into the build report. */
export interface BuildSummary {
  inputs: string[];
  articlesRead: number;
  skipped: IngestWarning[];
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  nodes: number;
  edges: number;
  seconds: number;
  outDir: string;
  files: string[];
}
