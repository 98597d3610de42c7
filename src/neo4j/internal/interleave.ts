/**
 * `items` cut into `ways` contiguous runs, then taken one from each run in turn:
 * [0 1 2 3 4 5] in 2 ways → [0 3 1 4 2 5]. Writers that pull the next batch from this order work on
 * distant parts of the sorted rows at the same time (different articles and, mostly, different
 * entities), so they seldom wait for each other's locks or deadlock.
 */
export function interleave<T>(items: readonly T[], ways: number): T[] {
  const run = Math.ceil(items.length / Math.max(1, ways));
  const out: T[] = [];
  for (let i = 0; i < run; i++) {
    for (let start = i; start < items.length; start += run) out.push(items[start]!);
  }
  return out;
}
