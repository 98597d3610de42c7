import { join } from 'node:path';
import { applyLayout } from '../../assemble/index.js';
import { writeGexf, writeGraphJson } from '../../export/index.js';
import type { EdgeRecordIndex, EdgeReuse, GraphSource } from '../../types.js';

/**
 * Writes graph.json and graph.gexf while `layout` (from layoutInWorker) runs: their edges,
 * which do not depend on positions, first. Resolves to where their edge records lie,
 * or to null when `stopped()` (a Ctrl-C) turned true before the layout ended: neither file
 * is then renamed into place. Once the layout is done, the files are completed.
 */
export async function writeGraphFiles(
  graph: GraphSource,
  outDir: string,
  options: {
    layout: Promise<Float32Array>;
    reuse: { json: EdgeReuse; gexf: EdgeReuse } | null;
    stopped: () => boolean;
    /** Runs once the layout is done, before either file is renamed into place. */
    beforeRename: () => Promise<void>;
  },
): Promise<{ json: EdgeRecordIndex; gexf: EdgeRecordIndex } | null> {
  const positioned = options.layout.then(async (nodes) => {
    if (options.stopped()) throw new Error('interrupted');
    applyLayout(graph, nodes);
    await options.beforeRename();
  });
  const [json, gexf] = await Promise.allSettled([
    writeGraphJson(graph, join(outDir, 'graph.json'), { positioned, reuse: options.reuse?.json }),
    writeGexf(graph, join(outDir, 'graph.gexf'), { positioned, reuse: options.reuse?.gexf }),
  ]);
  if (json.status === 'fulfilled' && gexf.status === 'fulfilled') return { json: json.value, gexf: gexf.value };
  if (options.stopped()) return null;
  throw json.status === 'rejected' ? json.reason : (gexf as PromiseRejectedResult).reason;
}
