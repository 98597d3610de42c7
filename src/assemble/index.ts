export { GraphAssembler } from './GraphAssembler.js';
export { assembleGraph } from './assembleGraph.js';
export { layoutGraph, layoutIterations } from './layoutGraph.js';
export { layoutInWorker } from './layoutInWorker.js';
export { NODE_COLORS, EDGE_COLORS, nodeColor } from './palette.js';
