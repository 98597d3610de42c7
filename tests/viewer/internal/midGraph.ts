import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('../../../bench/viewer.mjs', import.meta.url));

/**
 * Writes bench/viewer.mjs's generated graph (typed nodes in clusters, dated visits, meetings and
 * agreements, an evidence sentence on every edge) into `dir`: big enough to open at corpus scale.
 */
export function writeMidGraph(dir: string, nodes = 6000, edges = 15000): string {
  const file = join(dir, 'mid.json');
  execFileSync(process.execPath, [BENCH, '--write', file, '--nodes', String(nodes), '--edges', String(edges)], { stdio: 'ignore' });
  return file;
}

/** The sentence bench/viewer.mjs puts on every edge. */
export const MID_SENTENCE = 'Câu bằng chứng tổng hợp cho bài đo hiệu năng.';
