import { MultiDirectedGraph } from 'graphology';
import type { Extraction, ExtractedEntity, GraphAttributes, KgGraph, NodeAttributes, EdgeAttributes } from '../types.js';
import { createArticleNode, createEntityNode, mergeEntityNode } from './internal/mergeNode.js';
import { createEdge, mergeEdge, edgeKey, type EdgeDraft } from './internal/mergeEdge.js';
import { EDGE_COLORS } from './palette.js';
import { nodeSize } from './internal/style.js';
import { AssembledGraph } from './AssembledGraph.js';

/** The sentence of an entity's first mention, looked up cheaply among the article's evidence sentences. */
function mentionSentence(entity: ExtractedEntity, sentences: string[]): string {
  const surface = entity.mentions[0]?.text ?? entity.name;
  return sentences.find((s) => s.includes(surface)) ?? surface;
}

/** The nodes and edges of a finished graph, in insertion order (see `GraphAssembler.order()`). */
export interface AssemblyOrder {
  nodes: Array<[string, NodeAttributes]>;
  edges: EdgeDraft[];
  /** Source and target of each edge, as indexes into `nodes`. */
  ends: Uint32Array;
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
  /** Keys of the edges, and the nodes, added or changed since the state this assembler went on from. */
  private readonly changed: { edges: Set<string>; nodes: Set<string> } | null;

  /** A new assembler, or one that goes on from `state` (taken before `finish()`, which changes it). */
  constructor(state?: AssemblerState) {
    this.nodes = state?.nodes ?? new Map();
    this.edges = state?.edges ?? new Map();
    this.articleCount = state?.articleCount ?? 0;
    this.changed = state ? { edges: new Set(), nodes: new Set() } : null;
  }

  /**
   * The edges added or changed since the state this assembler went on from, LOCATED_IN
   * included once `finish()` has run: the others are as that state would export them. Null
   * for an assembler that started empty (everything is new).
   */
  changedEdges(): ReadonlySet<string> | null {
    return this.changed?.edges ?? null;
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
      this.changed?.nodes.add(entity.id);
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

  /**
   * What `finish()` inserts, in its order: LOCATED_IN added, relations with a missing endpoint
   * left out (counted in `dangling`), nodes sized by degree. The layout can start from it
   * while the graph is being built.
   */
  order(): AssemblyOrder {
    this.addLocatedIn();
    const keys = [...this.nodes.keys()].sort();
    const index = new Map<string, number>();
    keys.forEach((key, i) => index.set(key, i));
    this.dangling = 0;
    const edges: EdgeDraft[] = [];
    const ends: number[] = [];
    const degree = new Uint32Array(keys.length);
    for (const key of [...this.edges.keys()].sort()) {
      const draft = this.edges.get(key)!;
      const [source, target] = [index.get(draft.source), index.get(draft.target)];
      if (source === undefined || target === undefined || source === target) {
        this.dangling++;
        continue;
      }
      edges.push(draft);
      ends.push(source, target);
      degree[source]!++;
      degree[target]!++;
    }
    const nodes = keys.map((key, i): [string, NodeAttributes] => {
      const attributes = this.nodes.get(key)!;
      attributes.size = nodeSize(degree[i]!);
      return [key, attributes];
    });
    return { nodes, edges, ends: Uint32Array.from(ends) };
  }

  finish(order: AssemblyOrder = this.order()): KgGraph {
    const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
      multi: true, allowSelfLoops: false,
    });
    graph.replaceAttributes(this.graphAttributes());
    for (const [key, attributes] of order.nodes) graph.addNode(key, attributes);
    for (const { key, source, target, attributes } of order.edges) graph.addEdgeWithKey(key, source, target, attributes);
    return graph;
  }

  /** The finished graph for the exporters, without building a graphology graph (see AssembledGraph). */
  view(order: AssemblyOrder = this.order()): AssembledGraph {
    return new AssembledGraph(order, this.graphAttributes());
  }

  private graphAttributes(): GraphAttributes {
    return { name: 'kg-vnjp', generator: 'kg-vnjp assemble', articles: this.articleCount };
  }

  private upsert(relation: Extraction['relations'][number], article: string): void {
    const draft = createEdge(relation, article);
    this.changed?.edges.add(draft.key);
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
      // Its articles are the locality's.
      if (this.changed?.nodes.has(id)) this.changed.edges.add(key);
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
