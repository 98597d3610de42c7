export { GraphAssembler, type AssemblyOrder } from './GraphAssembler.js';
export { assembleGraph } from './assembleGraph.js';
export { layoutGraph, layoutIterations } from './layoutGraph.js';
export { layoutInWorker } from './layoutInWorker.js';
export { applyLayout, layoutJobOf, type LayoutJob } from './internal/layoutJob.js';
export { NODE_COLORS, EDGE_COLORS, nodeColor } from './palette.js';
