import type { KgGraph } from '../../src/types.js';
import { NameIndex } from '../../src/view/NameIndex.js';

export type { SearchHit } from '../../src/view/NameIndex.js';

/** The names of the nodes the page has loaded; `kg view` answers for the others (ServerData.search). */
export class SearchIndex extends NameIndex {
  /** The graph's order when the index was built: a graph that grew since needs a new index. */
  readonly order: number;

  constructor(graph: KgGraph) {
    super();
    this.order = graph.order;
    graph.forEachNode((key, attrs) => {
      const variants = 'variants' in attrs && Array.isArray(attrs.variants) ? attrs.variants : [];
      this.add(key, attrs.label, attrs.type, variants, graph.degree(key));
    });
  }
}
