import type { EdgeAttributes, GraphAttributes, NodeAttributes, RelationType } from '../types.js';
import { compactEdge, compactNode } from './internal/compact.js';
import { diplomacyCore } from './internal/diplomacyCore.js';
import { NameIndex, type SearchHit } from './NameIndex.js';
import type { ArticleRef, EvidenceReply, FirstView, GraphPatch, ViewEdge, ViewNode } from './ViewPayload.js';

/** Above this many nodes the first view is the diplomacy network, not the whole graph. */
export const CORPUS_SCALE_NODES = 5000;
/**
 * Hà Nội is mentioned in 5,900 articles of the 2017 corpus: all of them would make a 3.6 MB reply.
 * A panel gets this many MENTIONED_IN sentences and this many sources (the latest), with the total.
 */
const MENTION_EVIDENCE_LIMIT = 100;
const SOURCES_LIMIT = 100;

interface EdgeRecord {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** graphology's `export()` format, as `kg build` writes graph.json. */
export interface SerializedGraphFile {
  attributes?: Partial<GraphAttributes>;
  nodes: { key: string; attributes?: NodeAttributes }[];
  edges?: { key?: string; source: string; target: string; attributes?: EdgeAttributes }[];
}

/**
 * graph.json split for the viewer: built once when `kg view` starts, so the page downloads only
 * what its first view draws and asks for evidence, neighbours or everything else when the user does.
 */
export class ViewData {
  readonly firstView: string;
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, EdgeRecord>();
  private readonly incident = new Map<string, string[]>();
  /** Names of the nodes left out of the first view (not the articles): the page searches the ones it has. */
  private readonly others = new NameIndex();

  constructor(file: SerializedGraphFile, threshold = CORPUS_SCALE_NODES) {
    for (const { key, attributes } of file.nodes) {
      this.nodes.set(String(key), attributes ?? ({ type: 'Organization', label: String(key) } as NodeAttributes));
      this.incident.set(String(key), []);
    }
    (file.edges ?? []).forEach(({ key, source, target, attributes }, i) => {
      const edge = key === undefined ? `e${i}` : String(key);
      this.edges.set(edge, { source, target, attributes: attributes ?? ({ type: 'MENTIONED_IN' } as EdgeAttributes) });
      this.incident.get(source)?.push(edge);
      this.incident.get(target)?.push(edge);
    });
    this.firstView = JSON.stringify(this.buildFirstView(file.attributes ?? {}, threshold));
  }

  /** Nodes outside the first view whose names match `query` (the page merges them with its own hits). */
  search(query: string, limit: number): SearchHit[] {
    return this.others.search(query, limit);
  }

  /**
   * The evidence and sources the side panel shows for a node; null when there is no such node.
   * MENTIONED_IN sentences only with `mentions` (the page has loaded those links), or for an article.
   */
  nodeEvidence(node: string, mentions: boolean): EvidenceReply | null {
    const attributes = this.nodes.get(node);
    if (!attributes) return null;
    const articles = attributes.articles ?? [];
    const reply: EvidenceReply = { articles: this.latest(articles), articleCount: articles.length, edges: {}, refs: {}, degree: {} };
    let sentences = mentions || attributes.type === 'Article' ? MENTION_EVIDENCE_LIMIT : 0;
    for (const edge of this.incident.get(node) ?? []) {
      const { attributes: edgeAttributes } = this.edges.get(edge) as EdgeRecord;
      const type = edgeAttributes.type;
      reply.degree[type] = (reply.degree[type] ?? 0) + 1;
      if (type === 'MENTIONED_IN' && sentences-- <= 0) continue;
      reply.edges[edge] = { evidence: edgeAttributes.evidence ?? [], articles: edgeAttributes.articles ?? [] };
    }
    this.addRefs(reply);
    return reply;
  }

  edgeEvidence(edge: string): EvidenceReply | null {
    const record = this.edges.get(edge);
    if (!record) return null;
    const reply: EvidenceReply = { articles: [], articleCount: 0, edges: {}, refs: {}, degree: {} };
    reply.edges[edge] = { evidence: record.attributes.evidence ?? [], articles: record.attributes.articles ?? [] };
    this.addRefs(reply);
    return reply;
  }

  /** A node, its relations and the nodes at their other ends; MENTIONED_IN links and articles only when asked. */
  neighbors(node: string, articles: boolean): GraphPatch | null {
    const attributes = this.nodes.get(node);
    if (!attributes) return null;
    const nodes = new Map<string, ViewNode>([[node, compactNode(node, attributes)]]);
    const edges: ViewEdge[] = [];
    for (const edge of this.incident.get(node) ?? []) {
      const { source, target, attributes: edgeAttributes } = this.edges.get(edge) as EdgeRecord;
      if (edgeAttributes.type === 'MENTIONED_IN' && !articles && attributes.type !== 'Article') continue;
      const other = source === node ? target : source;
      const otherAttributes = this.nodes.get(other);
      if (!otherAttributes) continue;
      nodes.set(other, compactNode(other, otherAttributes));
      edges.push(compactEdge(edge, source, target, edgeAttributes));
    }
    return { nodes: [...nodes.values()], edges };
  }

  /** Every node but the articles, every relation but MENTIONED_IN: the "show everything" button. */
  all(): GraphPatch {
    const nodes: ViewNode[] = [];
    for (const [key, attributes] of this.nodes) if (attributes.type !== 'Article') nodes.push(compactNode(key, attributes));
    const edges: ViewEdge[] = [];
    for (const [key, { source, target, attributes }] of this.edges) {
      if (attributes.type !== 'MENTIONED_IN') edges.push(compactEdge(key, source, target, attributes));
    }
    return { nodes, edges };
  }

  private buildFirstView(attributes: Partial<GraphAttributes>, threshold: number): FirstView {
    const partial = this.nodes.size > threshold;
    const shown = partial ? diplomacyCore(this.nodes, this.edges.values()) : new Set(this.nodes.keys());
    const totals: FirstView['totals'] = { nodes: {}, edges: {} };
    const nodes: ViewNode[] = [];
    for (const [key, node] of this.nodes) {
      totals.nodes[node.type] = (totals.nodes[node.type] ?? 0) + 1;
      if (shown.has(key)) nodes.push(compactNode(key, node));
      else if (node.type !== 'Article') {
        const variants = 'variants' in node && Array.isArray(node.variants) ? node.variants : [];
        // Ranked like the page ranks its loaded nodes: by relations, MENTIONED_IN not counted.
        const relations = (this.incident.get(key) ?? []).filter((edge) => this.edges.get(edge)?.attributes.type !== 'MENTIONED_IN').length;
        this.others.add(key, node.label, node.type, variants, relations);
      }
    }
    const edges: ViewEdge[] = [];
    for (const [key, { source, target, attributes: edge }] of this.edges) {
      totals.edges[edge.type as RelationType] = (totals.edges[edge.type as RelationType] ?? 0) + 1;
      if (shown.has(source) && shown.has(target)) edges.push(compactEdge(key, source, target, edge));
    }
    return { attributes: attributes as GraphAttributes, nodes, edges, partial, totals };
  }

  /** The most recent articles first (undated ones last), at most SOURCES_LIMIT. */
  private latest(articles: string[]): string[] {
    const date = (id: string): string => {
      const node = this.nodes.get(`article:${id}`);
      return (node?.type === 'Article' ? node.date : null) ?? '';
    };
    if (articles.length <= SOURCES_LIMIT) return articles;
    return articles
      .map((id) => ({ id, date: date(id) }))
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, SOURCES_LIMIT)
      .map(({ id }) => id);
  }

  private addRefs(reply: EvidenceReply): void {
    const ids = new Set(reply.articles);
    for (const { evidence, articles } of Object.values(reply.edges)) {
      for (const id of articles) ids.add(id);
      for (const item of evidence) ids.add(item.article);
    }
    for (const id of ids) {
      const key = `article:${id}`;
      const article = this.nodes.get(key);
      const ref: ArticleRef =
        article?.type === 'Article'
          ? // The node serves an article without a URL (plain-text input): its button opens the node instead.
            { title: article.title, url: article.url, date: article.date, node: article.url ? null : compactNode(key, article) }
          : { title: null, url: null, date: null, node: null };
      reply.refs[id] = ref;
    }
  }
}
