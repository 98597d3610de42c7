import { MultiDirectedGraph } from 'graphology';
import type { Extraction, ExtractedEntity, GraphAttributes, KgGraph, NodeAttributes, EdgeAttributes } from '../types.js';
import { createArticleNode, createEntityNode, mergeEntityNode } from './internal/mergeNode.js';
import { createEdge, mergeEdge, edgeKey, type EdgeDraft } from './internal/mergeEdge.js';
import { EDGE_COLORS } from './palette.js';
import { nodeSize } from './internal/style.js';

/** The sentence of an entity's first mention, looked up cheaply among the article's evidence sentences. */
function mentionSentence(entity: ExtractedEntity, sentences: string[]): string {
  const surface = entity.mentions[0]?.text ?? entity.name;
  return sentences.find((s) => s.includes(surface)) ?? surface;
}

/** What an assembler has gathered so far; plain Maps and objects, so `v8.serialize` can store it. */
export interface AssemblerState {
  nodes: Map<string, NodeAttributes>;
  edges: Map<string, EdgeDraft>;
  articleCount: number;
}

/**
 * Merges per-article extractions into one graph: entities by global id, relations
 * by `<TYPE>:<source>|<target>`. `finish()` inserts nodes and edges in key order,
 * so the same extractions always give a byte-identical export.
 */
export class GraphAssembler {
  private readonly nodes: Map<string, NodeAttributes>;
  private readonly edges: Map<string, EdgeDraft>;
  private articleCount: number;
  /** Relations dropped because an endpoint is not a node of the graph. */
  dangling = 0;

  /** A new assembler, or one that goes on from `state` (taken before `finish()`, which changes it). */
  constructor(state?: AssemblerState) {
    this.nodes = state?.nodes ?? new Map();
    this.edges = state?.edges ?? new Map();
    this.articleCount = state?.articleCount ?? 0;
  }

  /** The live state, not a copy: serialize it before adding more or calling `finish()`. */
  state(): AssemblerState {
    return { nodes: this.nodes, edges: this.edges, articleCount: this.articleCount };
  }

  add(e: Extraction): void {
    const article = e.article.id;
    this.articleCount++;
    const articleKey = `article:${article}`;
    if (!this.nodes.has(articleKey)) this.nodes.set(articleKey, createArticleNode(e.article));
    const sentences = e.relations.flatMap((r) => r.evidence.map((ev) => ev.sentence));
    for (const entity of e.entities) {
      const node = this.nodes.get(entity.id);
      if (node) mergeEntityNode(node, entity, article);
      else this.nodes.set(entity.id, createEntityNode(entity, article));
      this.upsert({
        type: 'MENTIONED_IN', source: entity.id, target: articleKey, date: e.article.date,
        evidence: [{ article, sentence: mentionSentence(entity, sentences), rule: 'mention' }],
      }, article);
    }
    for (const relation of e.relations) this.upsert(relation, article);
  }

  finish(): KgGraph {
    this.addLocatedIn();
    const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
      multi: true, allowSelfLoops: false,
    });
    graph.replaceAttributes({ name: 'kg-vnjp', generator: 'kg-vnjp assemble', articles: this.articleCount });
    for (const key of [...this.nodes.keys()].sort()) graph.addNode(key, this.nodes.get(key)!);
    this.dangling = 0;
    for (const key of [...this.edges.keys()].sort()) {
      const { source, target, attributes } = this.edges.get(key)!;
      if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) {
        this.dangling++;
        continue;
      }
      graph.addEdgeWithKey(key, source, target, attributes);
    }
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
    return graph;
  }

  private upsert(relation: Extraction['relations'][number], article: string): void {
    const draft = createEdge(relation, article);
    const existing = this.edges.get(draft.key);
    if (existing) mergeEdge(existing.attributes, relation, article);
    else this.edges.set(draft.key, draft);
  }

  /** Locality → parent, only when the parent is itself a node. */
  private addLocatedIn(): void {
    for (const [id, node] of this.nodes) {
      if (node.type !== 'Locality' || !node.parent || !this.nodes.has(node.parent)) continue;
      const key = edgeKey('LOCATED_IN', id, node.parent);
      if (this.edges.has(key)) continue;
      this.edges.set(key, {
        key, source: id, target: node.parent,
        attributes: {
          type: 'LOCATED_IN', undirected: false, date: null, dates: [], articles: [...node.articles],
          evidence: [], rules: ['gazetteer'], label: 'LOCATED_IN', size: 1, color: EDGE_COLORS.LOCATED_IN,
        },
      });
    }
  }
}
