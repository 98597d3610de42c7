/** A seeded pseudo-random generator (mulberry32) over a string seed: the same seed, the same samples. */
export function createRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform random sample of at most `size` items from a stream of unknown length (Algorithm R). */
export class Reservoir<T> {
  readonly items: T[] = [];
  seen = 0;

  constructor(
    private readonly size: number,
    private readonly random: () => number,
  ) {}

  /** Offers one item; `make` runs only when the item is kept, so costly rendering is skipped for the rest. */
  offer(make: () => T): void {
    this.seen++;
    if (this.items.length < this.size) {
      this.items.push(make());
      return;
    }
    const j = Math.floor(this.random() * this.seen);
    if (j < this.size) this.items[j] = make();
  }
}
