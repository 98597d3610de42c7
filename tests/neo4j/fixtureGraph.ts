import { MultiDirectedGraph } from 'graphology';
import type {
  EdgeAttributes, Evidence, GraphAttributes, KgGraph, NodeAttributes, RelationType,
} from '../../src/types.js';

/**
 * A hand-made graph modelled on seeds/000_654d7b4c454ee48d.txt: a delegation of Izumisano
 * (JP, city in Osaka) led by Matsushita Yoshihiko visits Bình Định, meets Trần Châu;
 * Izumisano and Bình Định signed a friendship agreement in 10/2019.
 * `second` adds a second article that repeats facts (lists must grow) and adds a new one;
 * `hostile` adds an organization whose name and evidence are injection attempts.
 */
export const A1 = '000_654d7b4c454ee48d';
export const A2 = '900_second_article';
export const HOSTILE_NAME = "'}) DETACH DELETE n //";

export const S_VISIT =
  'Tại Văn phòng UBND tỉnh Bình Định, Phó Chủ tịch UBND tỉnh Trần Châu có buổi tiếp và làm việc với Đoàn công tác của thành phố (TP) Izumisano thuộc phủ Osaka (Nhật Bản), do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn.';
export const S_AGREEMENT =
  'Đặc biệt, trong tháng 10/2019, lãnh đạo TP Izumisano và tỉnh Bình Định đã tiến hành ký kết thỏa thuận thiết lập mối quan hệ hữu nghị và hợp tác toàn diện, mở ra nhiều cơ hội phát triển cho 2 địa phương.';
export const S_THANKS =
  'Phát biểu tại buổi làm việc, ông Matsushita Yoshihiko cảm ơn sự đón tiếp trọng thị của lãnh đạo tỉnh dành cho đoàn; đánh giá cao mối quan hệ hợp tác.';
export const S_SECOND = 'Ngày 5/3/2020, ông Matsushita Yoshihiko trở lại thăm tỉnh Bình Định và hội kiến Chủ tịch UBND tỉnh Trần Châu.';

const base = { x: 0, y: 0, size: 5, color: '#888888' };

export function fixtureGraph(options: { second?: boolean; hostile?: boolean } = {}): KgGraph {
  const { second = false, hostile = false } = options;
  const arts = (...ids: string[]) => (second ? ids : ids.filter((id) => id !== A2));
  // multi: VISITED and AGREEMENT both link Izumisano → Bình Định, which a simple graph cannot hold.
  const g: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  g.replaceAttributes({ name: 'fixture', generator: 'tests/neo4j/fixtureGraph.ts', articles: second ? 2 : 1 });

  g.addNode(`article:${A1}`, {
    ...base, type: 'Article', label: 'Giao lưu học sinh trung học cơ sở giữa 2 địa phương của Việt Nam và Nhật Bản',
    title: 'Giao lưu học sinh trung học cơ sở giữa 2 địa phương của Việt Nam và Nhật Bản',
    url: null, date: null, source: `seeds/${A1}.txt`, articles: [A1],
  });
  if (second) {
    g.addNode(`article:${A2}`, {
      ...base, type: 'Article', label: 'Izumisano trở lại Bình Định', title: 'Izumisano trở lại Bình Định',
      url: 'https://example.org/a2', date: '2020-03-05', source: 'tests/a2.txt', articles: [A2],
    });
  }
  g.addNode('locality:JP:izumisano', {
    ...base, type: 'Locality', label: 'Izumisano', name: 'Izumisano', variants: ['Izumisano', 'TP Izumisano'], kind: 'city',
    country: 'JP', parent: 'locality:JP:osaka', lat: 34.41667, lng: 135.31667, currentUnit: null, formerUnits: [], articles: arts(A1, A2),
  });
  g.addNode('locality:JP:osaka', {
    ...base, type: 'Locality', label: 'Osaka', name: 'Osaka', variants: ['Osaka'], kind: 'prefecture',
    country: 'JP', parent: null, lat: 34.69374, lng: 135.50218, currentUnit: null, formerUnits: [], articles: [A1],
  });
  g.addNode('locality:VN:binh-dinh', {
    ...base, type: 'Locality', label: 'Bình Định', name: 'Bình Định', variants: ['Bình Định', second ? 'tỉnh Bình Định' : 'Bình Định'],
    kind: 'province', country: 'VN', parent: null, lat: 13.77648, lng: 109.22367, currentUnit: 'Gia Lai', formerUnits: [], articles: arts(A1, A2),
  });
  g.addNode('person:matsushita-yoshihiko', {
    ...base, type: 'Person', label: 'Matsushita Yoshihiko', name: 'Matsushita Yoshihiko', variants: ['Matsushita Yoshihiko'],
    titles: ['Phó Thị trưởng'], country: 'JP', articles: arts(A1, A2),
  });
  g.addNode('person:tran-chau', {
    ...base, type: 'Person', label: 'Trần Châu', name: 'Trần Châu', variants: ['Trần Châu'],
    titles: second ? ['Phó Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh'] : ['Phó Chủ tịch UBND tỉnh'], country: 'VN', articles: arts(A1, A2),
  });
  g.addNode(`event:${A1}:1`, {
    ...base, type: 'Event', label: 'visit Izumisano → Bình Định', kind: 'visit', date: '2019', status: 'done',
    where: 'locality:VN:binh-dinh', articles: [A1],
  });
  if (second) {
    g.addNode(`event:${A2}:1`, {
      ...base, type: 'Event', label: 'visit Izumisano → Bình Định 2020', kind: 'visit', date: '2020-03-05', status: 'done',
      where: 'locality:VN:binh-dinh', articles: [A2],
    });
  }
  if (hostile) {
    g.addNode('org:hostile', {
      ...base, type: 'Organization', label: HOSTILE_NAME, name: HOSTILE_NAME,
      variants: [HOSTILE_NAME, 'back\\slash "quoted"\nnew line', "MATCH (n) DETACH DELETE n; //"], country: null, articles: [A1],
    });
  }

  const ev = (article: string, sentence: string, rule: string): Evidence => ({ article, sentence, rule });
  const edge = (type: RelationType, source: string, target: string, extra: Partial<EdgeAttributes>) => {
    g.addEdgeWithKey(`${type}:${source}|${target}`, source, target, {
      type, undirected: type === 'MET' || type === 'AGREEMENT', date: null, dates: [], articles: [A1], evidence: [], rules: [],
      label: type, size: 1, color: '#cccccc', ...extra,
    });
  };
  const visitEvidence = [ev(A1, S_VISIT, 'visit:delegation'), ...(second ? [ev(A2, S_SECOND, 'visit:tham')] : [])];
  edge('VISITED', 'locality:JP:izumisano', 'locality:VN:binh-dinh', {
    date: '2019', dates: second ? ['2019', '2020-03-05'] : ['2019'], status: 'done', articles: arts(A1, A2),
    evidence: visitEvidence, rules: second ? ['visit:delegation', 'visit:tham'] : ['visit:delegation'],
  });
  edge('VISITED', 'person:matsushita-yoshihiko', 'locality:VN:binh-dinh', {
    date: '2019', dates: ['2019'], status: 'done', role: 'leader', articles: arts(A1, A2),
    evidence: visitEvidence, rules: ['visit:leader'],
  });
  edge('MET', 'person:matsushita-yoshihiko', 'person:tran-chau', {
    date: '2019', dates: ['2019'], articles: arts(A1, A2),
    evidence: [ev(A1, S_VISIT, 'meet:tiep'), ...(second ? [ev(A2, S_SECOND, 'meet:hoi-kien')] : [])],
    rules: second ? ['meet:tiep', 'meet:hoi-kien'] : ['meet:tiep'],
  });
  edge('AGREEMENT', 'locality:JP:izumisano', 'locality:VN:binh-dinh', {
    date: '2019-10', dates: ['2019-10'], kind: 'friendship', status: 'done',
    evidence: [ev(A1, S_AGREEMENT, 'agreement:ky-ket')], rules: ['agreement:ky-ket'],
  });
  edge('HOLDS_POSITION', 'person:tran-chau', 'locality:VN:binh-dinh', {
    title: 'Phó Chủ tịch UBND tỉnh', evidence: [ev(A1, S_VISIT, 'title')], rules: ['title'],
  });
  edge('HOLDS_POSITION', 'person:matsushita-yoshihiko', 'locality:JP:izumisano', {
    title: 'Phó Thị trưởng', evidence: [ev(A1, S_THANKS, 'title')], rules: ['title'],
  });
  edge('PARTICIPATED_IN', 'person:matsushita-yoshihiko', `event:${A1}:1`, { role: 'leader', evidence: [ev(A1, S_VISIT, 'event')], rules: ['event'] });
  edge('HELD_IN', `event:${A1}:1`, 'locality:VN:binh-dinh', { evidence: [ev(A1, S_VISIT, 'event')], rules: ['event'] });
  edge('LOCATED_IN', 'locality:JP:izumisano', 'locality:JP:osaka', { rules: ['gazetteer'] });
  for (const id of ['locality:JP:izumisano', 'locality:VN:binh-dinh', 'person:matsushita-yoshihiko', 'person:tran-chau']) {
    edge('MENTIONED_IN', id, `article:${A1}`, { evidence: [ev(A1, S_VISIT, 'mention')], rules: ['mention'] });
  }
  if (second) {
    edge('PARTICIPATED_IN', 'person:matsushita-yoshihiko', `event:${A2}:1`, {
      role: 'leader', date: '2020-03-05', dates: ['2020-03-05'], articles: [A2], evidence: [ev(A2, S_SECOND, 'event')], rules: ['event'],
    });
    edge('MENTIONED_IN', 'person:matsushita-yoshihiko', `article:${A2}`, {
      articles: [A2], evidence: [ev(A2, S_SECOND, 'mention')], rules: ['mention'],
    });
  }
  if (hostile) {
    edge('MENTIONED_IN', 'org:hostile', `article:${A1}`, {
      evidence: [ev(A1, `${HOSTILE_NAME} \\' "; RETURN 1 //\r\n\u0000\u2028`, "rule'}) DELETE")], rules: ['mention'],
    });
  }
  return g;
}
