import { describe, expect, it } from 'vitest';
import { ViewData, type FirstView, type SerializedGraphFile } from '../../src/view/index.js';
import { fixtureGraph, VISIT_SENTENCE } from '../viewer/internal/fixtureGraph.js';

const file = fixtureGraph().export() as unknown as SerializedGraphFile;
const whole = new ViewData(file);
/** The same graph treated as corpus scale: its first view is the diplomacy network. */
const corpus = new ViewData(file, 3);
const firstOf = (data: ViewData): FirstView => JSON.parse(data.firstView) as FirstView;

describe('ViewData: graph.json split for the viewer', () => {
  it('sends no evidence, article list or rule in the first view', () => {
    expect(whole.firstView).not.toContain(VISIT_SENTENCE);
    expect(JSON.stringify([firstOf(whole).nodes, firstOf(whole).edges])).not.toMatch(/"(evidence|articles|rules)":/);
    expect(firstOf(whole).partial).toBe(false);
    expect(firstOf(whole).nodes).toHaveLength(file.nodes.length);
  });

  it.each([
    ['locality:JP:izumisano', true],
    ['locality:VN:binh-dinh', true],
    ['person:matsushita-yoshihiko', true],
    ['person:tran-chau', true],
    ['person:img-src-x-onerror-alert-1', true],
    ['event:000_654d7b4c454ee48d:1', true],
    ['article:000_654d7b4c454ee48d', false],
  ])('at corpus scale the first view has %s: %s', (node, shown) => {
    expect(firstOf(corpus).nodes.some((n) => n.key === node)).toBe(shown);
  });

  it('counts the whole graph for the filters', () => {
    expect(firstOf(corpus).totals).toEqual({
      nodes: { Locality: 3, Person: 3, Event: 1, Article: 1 },
      edges: { VISITED: 2, MET: 2, AGREEMENT: 1, HOLDS_POSITION: 2, LOCATED_IN: 1, PARTICIPATED_IN: 1, HELD_IN: 1, MENTIONED_IN: 6 },
    });
  });

  it.each([
    [false, 0],
    [true, 1],
  ])("a node's evidence, MENTIONED_IN sentences when asked (%s): %i", (mentions, expected) => {
    const reply = whole.nodeEvidence('locality:JP:izumisano', mentions);
    const sentences = Object.entries(reply?.edges ?? {}).filter(([edge]) => edge.startsWith('MENTIONED_IN')).length;
    expect(sentences).toBe(expected);
    expect(reply?.edges['VISITED:locality:JP:izumisano|locality:VN:binh-dinh']?.evidence[0]?.sentence).toBe(VISIT_SENTENCE);
    expect(reply?.articleCount).toBe(1);
    expect(reply?.degree).toMatchObject({ VISITED: 1, AGREEMENT: 1, MENTIONED_IN: 1 });
  });

  it.each([
    [false, ['locality:JP:izumisano', 'locality:JP:osaka', 'locality:VN:binh-dinh', 'person:matsushita-yoshihiko']],
    [true, ['article:000_654d7b4c454ee48d', 'locality:JP:izumisano', 'locality:JP:osaka', 'locality:VN:binh-dinh', 'person:matsushita-yoshihiko']],
  ])("a node's neighbours, articles too when asked (%s)", (articles, expected) => {
    expect(corpus.neighbors('locality:JP:izumisano', articles)?.nodes.map((n) => n.key).sort()).toEqual(expected);
  });

  // With no relations nothing is in a corpus-scale first view: the server searches every node but the articles.
  const unrelated = new ViewData({ ...file, edges: [] }, 3);
  it.each([
    [corpus, 'tran chau', []],
    [unrelated, 'tran chau', ['person:tran-chau']],
    [unrelated, 'giao luu hoc sinh', []],
  ])('searches only the nodes left out of the first view, never articles (%#): %j', (data, query, expected) => {
    expect(data.search(query, 5).map((hit) => hit.key)).toEqual(expected);
  });

  it('answers null for an unknown node or edge', () => {
    expect(whole.nodeEvidence('person:nobody', false)).toBeNull();
    expect(whole.edgeEvidence('nothing')).toBeNull();
    expect(whole.neighbors('person:nobody', false)).toBeNull();
  });
});
