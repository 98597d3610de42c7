import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, NodeType, RelationType } from '../types.js';

/**
 * What `kg view` sends the browser. graph.json carries every evidence sentence and every
 * MENTIONED_IN link; the page needs neither to draw, so the server splits the file once and sends
 * compact records first (no evidence, no article lists) and the rest per node or edge on demand.
 */
export interface ViewNode {
  key: string;
  attributes: NodeAttributes;
}

export interface ViewEdge {
  /** Absent when it is `TYPE:source|target` (src/view/internal/compact.ts). */
  key?: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** `GET /view.json`: the first view. */
export interface FirstView {
  attributes: GraphAttributes;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** True when the graph is above the corpus-scale threshold and the first view is its diplomacy network. */
  partial: boolean;
  /** Whole-graph counts by node type and by relation type (the filters' totals). */
  totals: { nodes: Partial<Record<NodeType, number>>; edges: Partial<Record<RelationType, number>> };
}

/** `GET /neighbors?node=…[&articles=1]` and `GET /all`: records to merge into the page's graph. */
export interface GraphPatch {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** An article as evidence links show it; `node` is its node, to add to the page's graph on demand. */
export interface ArticleRef {
  title: string | null;
  url: string | null;
  date: string | null;
  node: ViewNode | null;
}

/** `GET /evidence?node=…` or `?edge=…`: what the side panel shows beyond the compact records. */
export interface EvidenceReply {
  /** The node's latest articles (its "Sources", at most a hundred); empty for an edge. */
  articles: string[];
  /** How many articles the node has in all. */
  articleCount: number;
  /** Evidence by edge key: every relation of the node but MENTIONED_IN, and at most a few hundred of those. */
  edges: Record<string, { evidence: Evidence[]; articles: string[] }>;
  /** Titles and URLs of the articles named above. */
  refs: Record<string, ArticleRef>;
  /** The node's relations by type in the whole graph, loaded or not (the panel says what is hidden). */
  degree: Partial<Record<RelationType, number>>;
}
