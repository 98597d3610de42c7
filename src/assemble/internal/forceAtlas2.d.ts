// graphology-layout-forceatlas2 publishes these modules without types; their signatures, as its index.js calls them.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type { AbstractGraph } from 'graphology-types';
  export function graphToByteArrays(graph: AbstractGraph, getEdgeWeight: () => number): { nodes: Float32Array<ArrayBuffer>; edges: Float32Array<ArrayBuffer> };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
