import { describe, expect, it } from 'vitest';
import { layoutIterations } from '../../src/assemble/index.js';

describe('layoutIterations', () => {
  it.each([
    // [nodes, edges, iterations]: small graphs settle, corpus-sized ones get a bounded budget
    [100, 200, 300],
    [5_000, 10_000, 33],
    [22_000, 40_000, 8],
    [92_000, 230_000, 2],
    [1_000_000, 3_000_000, 2],
  ])('%i nodes, %i edges → %i iterations', (order, size, expected) => {
    expect(layoutIterations(order, size)).toBe(expected);
  });
});
