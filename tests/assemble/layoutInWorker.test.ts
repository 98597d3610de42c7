import { describe, expect, it } from 'vitest';
import { applyLayout, GraphAssembler, layoutGraph, layoutInWorker, layoutJobOf } from '../../src/assemble/index.js';
import { layoutJob } from '../../src/assemble/internal/layoutJob.js';
import { hash32 } from '../../src/assemble/internal/style.js';
import type { Extraction, KgGraph } from '../../src/types.js';
import { extraction } from './fixtures.js';

/** `articles` articles, each naming a locality (inside a shared province) and one other, met by a person. */
function synthetic(articles: number): Extraction[] {
  return Array.from({ length: articles }, (_, i) => {
    const other = hash32(`a${i}`) % articles;
    const place = (n: number) => ({ id: `locality:VN:p${n}`, type: 'Locality' as const, name: `P${n}`, aliases: [], mentions: [], kind: 'city' as const, country: 'VN' as const, parent: 'locality:VN:tinh' });
    return {
      article: { id: `a${i}`, title: null, date: null, url: null, source: 'synthetic' },
      entities: [place(i), place(other), { id: 'locality:VN:tinh', type: 'Locality', name: 'Tinh', aliases: [], mentions: [], kind: 'province', country: 'VN', parent: null }],
      relations: [{ type: 'MET', source: `locality:VN:p${i}`, target: `locality:VN:p${other}`, date: null, evidence: [] }],
    };
  });
}

function assembled(list: Extraction[]): GraphAssembler {
  const assembler = new GraphAssembler();
  for (const e of list) assembler.add(e);
  return assembler;
}

const positions = (graph: KgGraph) => graph.mapNodes((node, a) => [node, a.x, a.y]);

describe('layoutJobOf and layoutInWorker', () => {
  it.each<[string, Extraction[]]>([
    // [graph, extractions]: empty; fixtures with a dangling VISITED and a LOCATED_IN; over 2,000 nodes (Barnes–Hut)
    ['empty', []],
    ['the fixtures', [extraction('a1', '2019-10'), extraction('a2', '2018-05-02')]],
    ['2,500 articles', synthetic(2_500)],
  ])('%s: the same matrices as from the graph, and the same positions as layoutGraph, to the bit', async (_, list) => {
    const here = assembled(list).finish();
    const assembler = assembled(list);
    const order = assembler.order();
    const job = layoutJobOf(order);
    const there = assembler.finish(order);
    expect(job).toEqual(layoutJob(there));
    layoutGraph(here);
    applyLayout(there, await layoutInWorker(job));
    expect(positions(there)).toEqual(positions(here));
    if (list.length > 0) expect(positions(there)).not.toEqual(positions(assembled(list).finish()));
  });
});
