import type { GraphAttributes, GraphSource, GraphSourceEdge, GraphSourceNode } from '../types.js';
import type { AssemblyOrder } from './GraphAssembler.js';

/**
 * A finished graph as the exporters read it, straight from the assembly order: the nodes and
 * edges `GraphAssembler.finish()` would insert, in its order, with the same attribute objects.
 * Building the graphology graph of a corpus takes seconds that `kg build` does not need.
 */
export class AssembledGraph implements GraphSource {
  readonly type = 'directed';
  readonly multi = true;
  readonly allowSelfLoops = false;

  constructor(
    private readonly assembly: AssemblyOrder,
    private readonly attributes: GraphAttributes,
  ) {}

  get order(): number {
    return this.assembly.nodes.length;
  }

  get size(): number {
    return this.assembly.edges.length;
  }

  getAttributes(): GraphAttributes {
    return this.attributes;
  }

  *nodeEntries(): IterableIterator<GraphSourceNode> {
    for (const [node, attributes] of this.assembly.nodes) yield { node, attributes };
  }

  *edgeEntries(): IterableIterator<GraphSourceEdge> {
    for (const { key, source, target, attributes } of this.assembly.edges) yield { edge: key, source, target, attributes, undirected: false };
  }
}
