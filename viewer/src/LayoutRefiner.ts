import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { KgGraph } from '../../src/types.js';

/** Runs ForceAtlas2 in a web worker from the current positions; sigma redraws as positions arrive. */
export class LayoutRefiner {
  private layout: FA2Layout | null = null;

  constructor(private readonly graph: KgGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    this.layout ??= new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 2000 },
      getEdgeWeight: null,
    });
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  /** Ends the worker; the next start builds a new one (the geographic view moved the nodes meanwhile). */
  kill(): void {
    this.layout?.kill();
    this.layout = null;
  }
}
