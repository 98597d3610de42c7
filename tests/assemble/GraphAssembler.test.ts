import { describe, expect, it } from 'vitest';
import { assembleGraph, layoutGraph, GraphAssembler } from '../../src/assemble/index.js';
import { extraction } from './fixtures.js';

const both = () => [extraction('a1', '2019-10'), extraction('a2', '2018-05-02')];

describe('GraphAssembler', () => {
  const graph = assembleGraph(both());
  it.each([
    ['person merged across articles', () => graph.getNodeAttribute('person:abe', 'articles'), ['a1', 'a2']],
    ['name variants unioned', () => graph.getNodeAttribute('person:abe', 'variants' as never), ['Abe', 'Abe Shinzo']],
    ['undirected key is canonical', () => graph.hasEdge('AGREEMENT:locality:JP:fukuoka|locality:VN:binh-dinh'), true],
    ['agreement dates sorted', () => graph.getEdgeAttribute('AGREEMENT:locality:JP:fukuoka|locality:VN:binh-dinh', 'dates'), ['2018-05-02', '2019-10']],
    ['earliest date', () => graph.getEdgeAttribute('AGREEMENT:locality:JP:fukuoka|locality:VN:binh-dinh', 'date'), '2018-05-02'],
    ['two evidence entries', () => graph.getEdgeAttribute('AGREEMENT:locality:JP:fukuoka|locality:VN:binh-dinh', 'evidence').length, 2],
    ['dangling relation dropped', () => graph.hasEdge('VISITED:person:abe|locality:VN:ghost'), false],
    ['LOCATED_IN to existing parent', () => graph.hasEdge('LOCATED_IN:locality:VN:quy-nhon|locality:VN:binh-dinh'), true],
    ['article node', () => graph.getNodeAttribute('article:a1', 'type'), 'Article'],
    ['MENTIONED_IN with sentence', () => graph.getEdgeAttribute('MENTIONED_IN:person:abe|article:a1', 'evidence')[0]?.sentence, 'Abe ký kết a1'],
    ['VN and JP colours differ', () => graph.getNodeAttribute('locality:VN:binh-dinh', 'color') !== graph.getNodeAttribute('locality:JP:fukuoka', 'color'), true],
  ])('%s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });

  it('counts dangling relations', () => {
    const a = new GraphAssembler();
    both().forEach((e) => a.add(e));
    a.finish();
    expect(a.dangling).toBe(1);
  });

  it('is deterministic, layout included', () => {
    const run = () => { const g = assembleGraph(both()); layoutGraph(g); return JSON.stringify(g.export()); };
    expect(run()).toBe(run());
  });
});
