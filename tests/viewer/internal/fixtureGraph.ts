import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, GraphAttributes, KgGraph, NodeAttributes, RelationType } from '../../../src/types.js';

export const ARTICLE = '000_654d7b4c454ee48d';
export const ARTICLE_URL = 'https://example.org/bai-viet/izumisano-binh-dinh';
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
/** The seed article's first sentence: the delegation of Izumisano received in Bình Định. */
export const VISIT_SENTENCE =
  'Tại Văn phòng UBND tỉnh Bình Định, Phó Chủ tịch UBND tỉnh Trần Châu có buổi tiếp và làm việc với Đoàn công tác của ' +
  'thành phố (TP) Izumisano thuộc phủ Osaka (Nhật Bản), do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn.';
export const AGREEMENT_SENTENCE =
  'Đặc biệt, trong tháng 10/2019, lãnh đạo TP Izumisano và tỉnh Bình Định đã tiến hành ký kết thỏa thuận thiết lập mối quan hệ hữu nghị và hợp tác toàn diện, mở ra nhiều cơ hội phát triển cho 2 địa phương.';

const IZUMISANO = 'locality:JP:izumisano';
const OSAKA = 'locality:JP:osaka';
const BINH_DINH = 'locality:VN:binh-dinh';
const MATSUSHITA = 'person:matsushita-yoshihiko';
const TRAN_CHAU = 'person:tran-chau';
const HOSTILE = 'person:img-src-x-onerror-alert-1';
const EVENT = `event:${ARTICLE}:1`;

const base = { x: 0, y: 0, size: 5, color: '#999', articles: [ARTICLE] };

/**
 * A small graph modelled on seed article 000: what `kg build seeds` makes of it, plus a hostile name.
 * Multi: Izumisano both VISITED Bình Định and has an AGREEMENT with it, two edges between one pair.
 */
export function fixtureGraph(): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ name: 'fixture', generator: 'tests/viewer', articles: 1 });
  const locality = (id: string, name: string, country: string, kind: 'city' | 'province' | 'prefecture', lat: number, lng: number, parent: string | null, x: number, y: number): void => {
    graph.addNode(id, {
      ...base, x, y, type: 'Locality', label: name, name, variants: [name], kind, country, parent, lat, lng, currentUnit: null, formerUnits: [],
    });
  };
  locality(IZUMISANO, 'Izumisano', 'JP', 'city', 34.4053, 135.3244, OSAKA, 10, 5);
  locality(OSAKA, 'Osaka', 'JP', 'prefecture', 34.6937, 135.5023, null, 14, 12);
  locality(BINH_DINH, 'Bình Định', 'VN', 'province', 13.7765, 109.2237, null, -10, -3);
  const person = (id: string, name: string, titles: string[], country: string, x: number, y: number): void => {
    graph.addNode(id, { ...base, x, y, type: 'Person', label: name, name, variants: [name], titles, country });
  };
  person(MATSUSHITA, 'Matsushita Yoshihiko', ['Phó Thị trưởng thành phố Izumisano'], 'JP', 4, 9);
  person(TRAN_CHAU, 'Trần Châu', ['Phó Chủ tịch UBND tỉnh Bình Định'], 'VN', -6, -9);
  person(HOSTILE, HOSTILE_NAME, ['<b>Chủ tịch</b>'], 'VN', -14, 8);
  graph.addNode(EVENT, { ...base, x: -2, y: 2, type: 'Event', label: 'Đoàn Izumisano thăm Bình Định', kind: 'visit', date: '2019-12-05', status: 'done', where: BINH_DINH });
  graph.addNode(`article:${ARTICLE}`, {
    ...base, x: 0, y: -14, type: 'Article', label: 'Giao lưu học sinh trung học cơ sở giữa 2 địa phương của Việt Nam và Nhật Bản',
    title: 'Giao lưu học sinh trung học cơ sở giữa 2 địa phương của Việt Nam và Nhật Bản', url: ARTICLE_URL, date: '2019-12-05',
    source: `seeds/${ARTICLE}.txt`,
  });

  const edge = (type: RelationType, source: string, target: string, sentence: string, extra: Partial<EdgeAttributes> = {}): void => {
    const evidence: Evidence[] = sentence ? [{ article: ARTICLE, sentence, rule: `test-${type.toLowerCase()}` }] : [];
    const undirected = type === 'MET' || type === 'AGREEMENT';
    const [s, t] = undirected && source > target ? [target, source] : [source, target];
    graph.addEdgeWithKey(`${type}:${s}|${t}`, s, t, {
      type, undirected, date: null, dates: [], articles: [ARTICLE], evidence, rules: evidence.map((e) => e.rule),
      label: type, size: 1, color: '#999', ...extra,
    });
  };
  edge('VISITED', IZUMISANO, BINH_DINH, VISIT_SENTENCE, { date: '2019-12-05', dates: ['2019-12-05'], status: 'done' });
  edge('VISITED', MATSUSHITA, BINH_DINH, VISIT_SENTENCE, { date: '2019-12-05', dates: ['2019-12-05'], status: 'done' });
  edge('MET', MATSUSHITA, TRAN_CHAU, VISIT_SENTENCE, { date: '2019-12-05', dates: ['2019-12-05'] });
  edge('AGREEMENT', IZUMISANO, BINH_DINH, AGREEMENT_SENTENCE, { date: '2019-10', dates: ['2019-10'], kind: 'friendship' });
  edge('MET', HOSTILE, TRAN_CHAU, `${HOSTILE_NAME} gặp Trần Châu <script>window.__xss = 1</script>`, { date: '2018-03', dates: ['2018-03'] });
  edge('HOLDS_POSITION', TRAN_CHAU, BINH_DINH, VISIT_SENTENCE, { title: 'Phó Chủ tịch UBND tỉnh' });
  edge('HOLDS_POSITION', MATSUSHITA, IZUMISANO, VISIT_SENTENCE, { title: 'Phó Thị trưởng' });
  edge('LOCATED_IN', IZUMISANO, OSAKA, '');
  edge('PARTICIPATED_IN', MATSUSHITA, EVENT, VISIT_SENTENCE, { role: 'leader' });
  edge('HELD_IN', EVENT, BINH_DINH, VISIT_SENTENCE);
  for (const node of [IZUMISANO, BINH_DINH, MATSUSHITA, TRAN_CHAU, HOSTILE, EVENT]) edge('MENTIONED_IN', node, `article:${ARTICLE}`, '');
  return graph;
}
