import { describe, expect, it } from 'vitest';
import { applyLayout, GraphAssembler, layoutInWorker, layoutJobOf } from '../../src/assemble/index.js';
import { graphToJson, toGexf } from '../../src/export/index.js';
import type { Extraction } from '../../src/types.js';
import { extraction } from './fixtures.js';

const assembled = (list: Extraction[]) => {
  const assembler = new GraphAssembler();
  for (const e of list) assembler.add(e);
  return assembler;
};

describe('AssembledGraph', () => {
  it.each<[string, Extraction[]]>([
    // [graph, extractions]: empty; fixtures with a dangling VISITED, a LOCATED_IN and a merged AGREEMENT
    ['empty', []],
    ['one article', [extraction('a1', '2019-10')]],
    ['the fixtures', [extraction('a1', '2019-10'), extraction('a2', '2018-05-02')]],
  ])('%s: exports the same bytes as the graphology graph finish() builds, laid out or not', async (_, list) => {
    const graph = assembled(list).finish();
    const assembler = assembled(list);
    const order = assembler.order();
    const view = assembler.view(order);
    expect([view.order, view.size]).toEqual([graph.order, graph.size]);
    expect(graphToJson(view)).toBe(graphToJson(graph));
    expect(toGexf(view)).toBe(toGexf(graph));
    const positions = await layoutInWorker(layoutJobOf(order));
    applyLayout(view, positions);
    applyLayout(graph, positions);
    expect(graphToJson(view)).toBe(graphToJson(graph));
    expect(toGexf(view)).toBe(toGexf(graph));
  });
});
