import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from '../../src/types.js';
import { computeVisibility, type Visibility } from './computeVisibility.js';
import { geoPositions, type Positions } from './geoPositions.js';
import { LabelPlacer } from './LabelPlacer.js';
import { mergePatch } from './loadGraph.js';
import { parallelEdgeCurvatures } from './parallelEdges.js';
import { EDGE_COLORS, FADED_NODE, nodeColor, nodeSize } from './palette.js';
import type { ServerData } from './ServerData.js';
import { encodeViewState } from './urlState.js';
import type { ViewState } from './ViewState.js';

export type KgSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Above these sizes nodes are drawn as GL points and edges as 1-px GL lines: a third of the vertex
 * work of discs and arrows, which is what keeps software WebGL (headless Chromium) usable. The
 * focused node and its edges still get the full programs.
 */
const FAST_NODES_ABOVE = 2000;
const FAST_EDGES_ABOVE = 2000;
const HOVER_DELAY_MS = 120;

/**
 * Owns the sigma renderer and the view state. Highlighting and filtering happen in the node and
 * edge reducers only; the graph is changed for layout alone (geographic positions, FA2 refine).
 */
export class GraphView {
  readonly sigma: KgSigma;
  state: ViewState;
  visibility: Visibility;
  private hovered: string | null = null;
  /** Big graphs: the hovered node and its neighbours, drawn on the hover layer without fading the rest. */
  private hoverRing: { node: string; neighbors: Set<string> } | null = null;
  /** The selected (or, on small graphs, hovered) node or edge: `neighbors` holds what stays lit. */
  private focus: { node: string | null; edge: string | null; neighbors: Set<string> } | null = null;
  private readonly labels = new LabelPlacer();
  private readonly sizes = new Map<string, number>();
  /** Per-node colours, computed with the sizes: the reducer runs for every node on every full redraw. */
  private readonly colors = new Map<string, string>();
  private curvatures: Map<string, number>;
  private geo: Positions | null = null;
  private savedLayout: Positions | null = null;
  private readonly listeners = new Set<(view: GraphView) => void>();
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private fastNodes: boolean;
  private fastEdges: boolean;

  constructor(readonly graph: KgGraph, container: HTMLElement, state: ViewState, readonly server: ServerData) {
    this.state = state;
    this.fastNodes = graph.order > FAST_NODES_ABOVE;
    this.fastEdges = graph.size > FAST_EDGES_ABOVE;
    this.computeSizes();
    this.curvatures = parallelEdgeCurvatures(graph, DEFAULT_EDGE_CURVATURE);
    if (state.geo) this.applyGeo(true);
    this.visibility = this.compute();
    this.updateFocus();
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
      // A container collapsed for a moment (a phone turned, a panel opening) must not throw.
      allowInvalidContainer: true,
      defaultDrawNodeLabel: (context, data, settings) => this.labels.draw(context, data, settings),
      // Long Vietnamese names: a wider cell keeps fewer labels per row, and LabelPlacer drops any that still overlap.
      labelGridCellSize: 150,
      nodeReducer: (node, attrs) => this.reduceNode(node, attrs),
      edgeReducer: (edge, attrs) => this.reduceEdge(edge, attrs),
      // Programs draw in this order, after sigma's own `circle`: `focus` (discs again) covers faded points.
      nodeProgramClasses: { point: NodePointProgram, focus: NodeCircleProgram },
      edgeProgramClasses: { fast: EdgeLineProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
      zIndex: true,
      labelDensity: 0.7,
      // Small graphs label every node sigma's label grid has room for; big ones only the larger nodes.
      labelRenderedSizeThreshold: graph.order < 1000 ? 0 : this.fastNodes ? 5 : 7,
      labelFont: 'system-ui, sans-serif',
      // Edges are clickable (their evidence opens in the panel). Sigma creates the edges' picking layer
      // only when this is on at construction, so it cannot be switched on later for big graphs.
      enableEdgeEvents: true,
      // Panning redraws every frame; without edges and labels it stays fluid on big graphs and slow GPUs.
      hideEdgesOnMove: graph.size > 5000,
      hideLabelsOnMove: graph.size > 5000,
    });
    this.sigma.on('beforeRender', () => this.labels.reset());
    this.frameGeo();
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    this.sigma.on('clickNode', ({ node }) => this.update({ selected: node, edge: null }));
    this.sigma.on('clickEdge', ({ edge }) => this.update({ selected: null, edge }));
    this.sigma.on('clickStage', () => this.update({ selected: null, edge: null }));
    this.sigma.on('enterEdge', () => container.classList.add('over-edge'));
    this.sigma.on('leaveEdge', () => container.classList.remove('over-edge'));
    // The container changes size when the panel opens or closes and on narrow screens; sigma only
    // listens to the window, so without this it keeps drawing at its old size until the next frame.
    // An empty partial refresh re-runs sigma's processing (label grid, sized to the new canvas) at the
    // next frame without applying the reducers to every node and edge again.
    new ResizeObserver(() => this.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true })).observe(container);
  }

  /**
   * Selects a node and frames its neighbourhood. A node outside the loaded graph (a search hit at
   * corpus scale, a shared link) is fetched with its neighbours first.
   */
  async select(node: string): Promise<void> {
    const change = { selected: node, edge: null };
    // One redraw for the new nodes and the selection together.
    if (!this.graph.hasNode(node)) this.grow(mergePatch(this.graph, await this.server.neighbors(node, false)), change);
    else this.update(change);
    this.flyTo(node);
  }

  /** Adds a node's neighbours (and, with `articles`, its articles, which the filters then show) from the server. */
  async expand(node: string, articles: boolean): Promise<void> {
    const patch = await this.server.neighbors(node, articles);
    const withArticles = articles && !this.state.nodeTypes.has('Article');
    this.grow(mergePatch(this.graph, patch), withArticles ? { nodeTypes: new Set([...this.state.nodeTypes, 'Article' as const]) } : {});
  }

  /** Loads every node but the articles, and every relation but MENTIONED_IN. */
  async loadAll(): Promise<void> {
    this.grow(mergePatch(this.graph, await this.server.all()), {});
  }

  /** True while nodes other than articles are still on the server (the first view of a corpus-scale graph). */
  get isPartial(): boolean {
    const totals = this.server.first.totals.nodes;
    const entities = Object.values(totals).reduce((a, b) => a + (b ?? 0), 0) - (totals.Article ?? 0);
    let loaded = 0;
    this.graph.forEachNode((_node, attrs) => void (attrs.type !== 'Article' && loaded++));
    return this.server.first.partial && loaded < entities;
  }

  onChange(listener: (view: GraphView) => void): void {
    this.listeners.add(listener);
  }

  /** Applies a change of view state: recomputes what it affects, redraws, and records it in the URL. */
  update(change: Partial<ViewState>): void {
    const before = this.state;
    this.state = { ...before, ...change };
    if (change.selected) this.state.edge = null;
    if (this.state.selected && !this.graph.hasNode(this.state.selected)) this.state.selected = null;
    if (this.state.edge && !this.graph.hasEdge(this.state.edge)) this.state.edge = null;
    if (this.state.geo !== before.geo) {
      this.applyGeo(this.state.geo);
      this.frameGeo();
    }
    const filtersChanged = ['nodeTypes', 'relationTypes', 'countries', 'timeline', 'geo'].some((key) => key in change);
    if (filtersChanged) this.visibility = this.compute();
    this.updateFocus();
    if (filtersChanged) this.sigma.refresh();
    else this.sigma.refresh({ skipIndexation: true });
    if (this.state.geo !== before.geo) this.sigma.getCamera().animatedReset({ duration: 300 });
    const hash = encodeViewState(this.state);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    }
    for (const listener of this.listeners) listener(this);
  }

  /** Moves the camera to a node (after a search or a click in the side panel), zoomed to show its neighbours. */
  flyTo(node: string): void {
    const center = this.sigma.getNodeDisplayData(node);
    if (!center) return;
    // Display coordinates are normalised so that the whole graph spans ~1 at camera ratio 1.
    let reach = 0.02;
    this.graph.forEachNeighbor(node, (neighbor) => {
      const other = this.visibility.nodes.has(neighbor) ? this.sigma.getNodeDisplayData(neighbor) : undefined;
      if (other) reach = Math.max(reach, Math.abs(other.x - center.x), Math.abs(other.y - center.y));
    });
    // 3× the farthest neighbour leaves room for the labels, which extend to the right of their nodes.
    const ratio = Math.min(2, Math.max(0.05, reach * 3));
    // On big graphs each animation frame costs a full redraw (hundreds of ms in software WebGL): jump there.
    this.sigma.getCamera().animate({ x: center.x, y: center.y, ratio }, { duration: this.fastNodes ? 0 : 600 });
  }

  /** After nodes arrived: their sizes, the edges' curvatures, the filters, then one redraw. */
  private grow(added: string[], change: Partial<ViewState>): void {
    const fast = this.graph.order > FAST_NODES_ABOVE;
    this.fastEdges = this.graph.size > FAST_EDGES_ABOVE;
    if (fast !== this.fastNodes || added.length > 0) {
      this.fastNodes = fast;
      this.computeSizes();
      this.sigma.setSetting('labelRenderedSizeThreshold', this.graph.order < 1000 ? 0 : fast ? 5 : 7);
    }
    this.curvatures = parallelEdgeCurvatures(this.graph, DEFAULT_EDGE_CURVATURE);
    if (this.state.geo) {
      this.applyGeo(false);
      this.geo = null;
      this.applyGeo(true);
    }
    // `geo` in the change makes update() run the filters again, over the new nodes too.
    this.update({ geo: this.state.geo, ...change });
  }

  private computeSizes(): void {
    // Degree without MENTIONED_IN (it would size every entity by its article count), except for articles.
    const degrees = new Map<string, number>();
    const bump = (node: string): void => void degrees.set(node, (degrees.get(node) ?? 0) + 1);
    this.graph.forEachEdge((_edge, attrs, source, target) => {
      if (attrs.type === 'MENTIONED_IN') bump(target);
      else {
        bump(source);
        bump(target);
      }
    });
    // Software WebGL is fill-rate bound: half-size nodes draw a pan frame 3× faster on 20,000 nodes.
    // Not below 3 px, or sigma's half-resolution picking misses them and they cannot be hovered.
    const scale = (size: number): number => (this.fastNodes ? Math.max(3, size / 2) : size);
    this.graph.forEachNode((node, attrs) => {
      this.sizes.set(node, scale(nodeSize(degrees.get(node) ?? 0)));
      this.colors.set(node, nodeColor(attrs));
    });
  }

  /** False when no locality has coordinates, so the geographic view would be empty. */
  get isGeoAvailable(): boolean {
    return this.graph.someNode((_node, attrs) => attrs.type === 'Locality' && Number.isFinite(attrs.lat) && Number.isFinite(attrs.lng));
  }

  /**
   * Hover on a small graph focuses the node like a selection: neighbours highlighted, the rest faded.
   * Fading touches every node, and on a big graph that full refresh takes a second or more in
   * software WebGL; there hover only raises the node and its neighbours onto sigma's hover layer
   * (same programs, so a partial refresh of those few suffices) and a click does the fading.
   * Hover waits until the pointer rests on a node, and never happens while the stage is dragged.
   */
  private setHovered(node: string | null): void {
    clearTimeout(this.hoverTimer);
    if (node !== null && this.sigma.getMouseCaptor().isMouseDown) return;
    const apply = (): void => {
      if (this.hovered === node) return;
      const before = this.hoverRing;
      this.hovered = node;
      if (!this.fastNodes) {
        this.updateFocus();
        this.sigma.refresh({ skipIndexation: true });
        return;
      }
      this.hoverRing = node ? this.ringOf(node) : null;
      const nodes = new Set([...(before?.neighbors ?? []), ...(this.hoverRing?.neighbors ?? [])]);
      const edges = [before?.node, node].flatMap((n) => (n ? this.graph.edges(n) : []));
      this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges }, skipIndexation: true });
    };
    if (this.fastNodes) this.hoverTimer = setTimeout(apply, HOVER_DELAY_MS);
    else apply();
  }

  /** The node and its neighbours through the edges the filters show. */
  private ringOf(node: string): { node: string; neighbors: Set<string> } {
    const neighbors = new Set<string>([node]);
    this.graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (this.visibility.edges.has(edge)) neighbors.add(source === node ? target : source);
    });
    return { node, neighbors };
  }

  private compute(): Visibility {
    return computeVisibility(this.graph, this.state, this.state.geo ? this.geo : null);
  }

  private updateFocus(): void {
    const node = (this.fastNodes ? null : this.hovered) ?? this.state.selected;
    const edge = this.state.edge;
    if (node && this.graph.hasNode(node)) this.focus = { ...this.ringOf(node), edge: null };
    else if (edge && this.graph.hasEdge(edge)) {
      this.focus = { node: null, edge, neighbors: new Set(this.graph.extremities(edge)) };
    } else this.focus = null;
    if (this.hoverRing && this.graph.hasNode(this.hoverRing.node)) this.hoverRing = this.ringOf(this.hoverRing.node);
    else this.hoverRing = null;
  }

  private reduceNode(node: string, attrs: NodeAttributes): Partial<NodeDisplayData> {
    const focus = this.focus;
    const shown = this.visibility.nodes.has(node) || focus?.node === node;
    const data: Partial<NodeDisplayData> = {
      x: attrs.x, y: attrs.y, label: attrs.label, type: !this.fastNodes ? 'circle' : focus?.neighbors.has(node) ? 'focus' : 'point',
      color: this.colors.get(node) ?? nodeColor(attrs), size: this.sizes.get(node) ?? 3, hidden: !shown,
    };
    if (shown && this.hoverRing?.neighbors.has(node)) {
      data.highlighted = true;
      data.forceLabel = true;
    }
    if (!shown || !focus) return data;
    if (node === focus.node || (focus.edge && focus.neighbors.has(node))) {
      data.highlighted = true;
      data.zIndex = 2;
    } else if (focus.neighbors.has(node)) {
      data.zIndex = 1;
      data.forceLabel = focus.neighbors.size <= 40;
    } else {
      data.color = FADED_NODE;
      data.label = '';
      data.zIndex = 0;
    }
    return data;
  }

  private reduceEdge(edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> & { curvature?: number } {
    let hidden = !this.visibility.edges.has(edge);
    const focus = this.focus;
    if (!hidden && focus) hidden = focus.edge ? edge !== focus.edge : !this.graph.hasExtremity(edge, focus.node ?? '');
    // Hidden edges keep the cheap program: switching all of them to arrows and curves for a selection
    // tripled the frame's cost in software WebGL on the corpus's first view.
    const fast = this.fastEdges && (!focus || hidden);
    const curvature = fast ? undefined : this.curvatures.get(edge);
    return {
      type: fast ? 'fast' : curvature !== undefined ? (attrs.undirected ? 'curved' : 'curvedArrow') : attrs.undirected ? 'line' : 'arrow',
      curvature,
      color: EDGE_COLORS[attrs.type] ?? '#cccccc',
      size: focus || (this.hoverRing && this.graph.hasExtremity(edge, this.hoverRing.node)) ? 2 : 1,
      label: attrs.type,
      hidden,
    };
  }

  /** Nodes left off the map keep their old positions; the frame must ignore them. */
  private frameGeo(): void {
    if (!this.state.geo || !this.geo || this.geo.size === 0) {
      if (this.sigma.getCustomBBox()) this.sigma.setCustomBBox(null).refresh();
      return;
    }
    const box = { x: [Infinity, -Infinity] as [number, number], y: [Infinity, -Infinity] as [number, number] };
    for (const { x, y } of this.geo.values()) {
      box.x = [Math.min(box.x[0], x), Math.max(box.x[1], x)];
      box.y = [Math.min(box.y[0], y), Math.max(box.y[1], y)];
    }
    this.sigma.setCustomBBox(box);
    // Now, not scheduled: a fly-to right after (a shared link) needs the display data in the new frame.
    this.sigma.refresh();
  }

  private applyGeo(on: boolean): void {
    if (on) {
      this.geo ??= geoPositions(this.graph);
      const saved: Positions = new Map();
      this.graph.forEachNode((node, attrs) => saved.set(node, { x: attrs.x, y: attrs.y }));
      this.savedLayout = saved;
      const geo = this.geo;
      this.graph.updateEachNodeAttributes((node, attrs) => {
        const position = geo.get(node);
        return position ? { ...attrs, ...position } : attrs;
      }, { attributes: ['x', 'y'] });
    } else if (this.savedLayout) {
      const saved = this.savedLayout;
      this.graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...(saved.get(node) ?? {}) }), { attributes: ['x', 'y'] });
      this.savedLayout = null;
    }
  }
}
