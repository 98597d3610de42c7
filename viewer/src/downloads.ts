import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { toGexf } from '../../src/export/toGexf.js';
import type { KgGraph } from '../../src/types.js';
import type { KgSigma } from './GraphView.js';

/** The current view (filters, highlight, camera) as a PNG, drawn by @sigma/export-image. */
export async function downloadPng(sigma: KgSigma): Promise<void> {
  // @sigma/export-image is typed for untyped attributes; the renderer is the same object.
  await downloadAsPNG(sigma as unknown as Sigma, { fileName: 'kg-graph', backgroundColor: '#ffffff' });
}

/** The whole graph as GEXF 1.3 with the positions on screen, written by the build's own exporter. */
export function downloadGexf(graph: KgGraph): void {
  const blob = new Blob([toGexf(graph)], { type: 'application/gexf+xml' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'kg-graph.gexf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
