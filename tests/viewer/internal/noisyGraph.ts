import type { KgGraph } from '../../../src/types.js';
import { ARTICLE, fixtureGraph } from './fixtureGraph.js';

/** U+FFFD, which spam-masked articles put in place of a word. */
export const MASK = '\uFFFD';
export const MASKED_PERSON = 'person:nguyen-van-binh';
/** Months with many dated meetings; a few impossible dates lie far outside. */
export const BUSY_YEAR = 2019;

/**
 * The fixture graph with what real corpora bring: masked words in a name, a title, a sentence and an
 * article title, and many meetings dated in one year beside two impossible dates (1903, 2050).
 */
export function noisyGraph(): KgGraph {
  const graph = fixtureGraph();
  const articles = [ARTICLE];
  graph.addNode(MASKED_PERSON, {
    x: 3, y: -6, size: 5, color: '#999', articles, type: 'Person', label: `Nguyễn Văn ${MASK} Bình`, name: `Nguyễn Văn ${MASK} Bình`,
    variants: [`Nguyễn Văn ${MASK} Bình`], titles: [`Phó Chủ tịch Thường trực ${MASK} tỉnh ${MASK}`], country: 'VN',
  });
  graph.mergeNodeAttributes(`article:${ARTICLE}`, { title: `Giao lưu ${MASK} học sinh`, label: `Giao lưu ${MASK} học sinh` });
  const met = (key: string, date: string): void => {
    graph.addEdgeWithKey(key, MASKED_PERSON, 'person:tran-chau', {
      type: 'MET', undirected: true, date, dates: [date], articles, rules: ['test-met'], label: 'MET', size: 1, color: '#999',
      evidence: [{ article: ARTICLE, sentence: `Ông ${MASK} Nguyễn Văn Bình gặp ${MASK} Trần Châu.`, rule: 'test-met' }],
    });
  };
  for (let i = 0; i < 120; i++) met(`MET:busy:${i}`, `${BUSY_YEAR}-${String((i % 12) + 1).padStart(2, '0')}`);
  met('MET:old', '1903-05');
  met('MET:future', '2050-01');
  return graph;
}
