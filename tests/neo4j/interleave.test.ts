import { describe, expect, it } from 'vitest';
import { interleave } from '../../src/neo4j/internal/interleave.js';

describe('interleave', () => {
  it.each([
    [[0, 1, 2, 3, 4, 5], 2, [0, 3, 1, 4, 2, 5]],
    [[0, 1, 2, 3, 4], 2, [0, 3, 1, 4, 2]],
    [[0, 1, 2, 3, 4, 5, 6], 3, [0, 3, 6, 1, 4, 2, 5]],
    [[0, 1, 2], 1, [0, 1, 2]],
    [[0, 1], 4, [0, 1]],
    [[], 2, []],
  ])('%j in %i ways → %j', (items, ways, expected) => {
    expect(interleave(items, ways)).toEqual(expected);
  });
});
