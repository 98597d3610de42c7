import { describe, expect, it } from 'vitest';
import { createRandom, Reservoir } from '../../../tools/audit/Reservoir.js';

function sample(seed: string, size: number, n: number): number[] {
  const r = new Reservoir<number>(size, createRandom(seed));
  for (let i = 0; i < n; i++) r.offer(() => i);
  return r.items;
}

describe('audit reservoir', () => {
  it.each([
    ['a', 5, 3, [0, 1, 2]],
    ['a', 0, 10, []],
  ])('seed %s, size %i over %i items', (seed, size, n, expected) => {
    expect(sample(seed, size, n)).toEqual(expected);
  });

  it('gives the same sample for the same seed, another for another seed', () => {
    expect(sample('s1', 10, 1000)).toEqual(sample('s1', 10, 1000));
    expect(sample('s1', 10, 1000)).not.toEqual(sample('s2', 10, 1000));
    expect(new Set(sample('s1', 10, 1000)).size).toBe(10);
  });

  it('samples late items as well as early ones', () => {
    const items = Array.from({ length: 200 }, (_, i) => sample(`seed${i}`, 1, 100)[0]!);
    expect(items.filter((i) => i >= 50).length).toBeGreaterThan(60);
    expect(items.filter((i) => i < 50).length).toBeGreaterThan(60);
  });

  it('renders only the items it keeps', () => {
    const r = new Reservoir<number>(2, createRandom('x'));
    let made = 0;
    for (let i = 0; i < 1000; i++) r.offer(() => ++made);
    expect(r.seen).toBe(1000);
    expect(made).toBeLessThan(100);
  });
});
