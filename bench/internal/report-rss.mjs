// Preloaded into the benchmarked `kg build` (node --import): writes the process's
// peak resident set size, in kilobytes, to $KG_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.KG_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
}
