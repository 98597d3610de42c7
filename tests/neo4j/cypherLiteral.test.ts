import { describe, expect, it } from 'vitest';
import { cypherLiteral } from '../../src/neo4j/internal/cypherLiteral.js';

describe('cypherLiteral', () => {
  it.each([
    [null, 'null'],
    [undefined, 'null'],
    [true, 'true'],
    [21, '21.0'],
    [-0.5, '-0.5'],
    [1e21, '1e+21'],
    [Number.NaN, 'null'],
    ['plain', "'plain'"],
    ["'}) DETACH DELETE n //", "'\\'}) DETACH DELETE n //'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak\r\ttab', "'line\\nbreak\\r\\ttab'"],
    ['nul\u0000 sep\u2028', "'nul\\u0000 sep\\u2028'"],
    ['lone \ud800', "'lone \\ufffd'"],
    ['Bình Định', "'Bình Định'"],
    [['a', 1, null], "['a', 1.0, null]"],
    [{ id: 'x', 'odd key': [] }, "{id: 'x', `odd key`: []}"],
  ])('%j → %s', (value, literal) => {
    expect(cypherLiteral(value)).toBe(literal);
  });
});
