// A synthetic KgGraph for bench:neo4j: deterministic (seeded), shaped like a corpus graph —
// people, localities, organizations, events, articles; every edge type; evidence sentences.
import { MultiDirectedGraph } from 'graphology';

const SHARES = { Person: 0.35, Locality: 0.1, Organization: 0.15, Event: 0.15, Article: 0.25 };
/** Edge type → [source label, target label, share of edges]. */
const EDGES = [
  ['MENTIONED_IN', 'Person', 'Article', 0.3],
  ['MENTIONED_IN', 'Locality', 'Article', 0.15],
  ['VISITED', 'Locality', 'Locality', 0.1],
  ['VISITED', 'Person', 'Locality', 0.1],
  ['MET', 'Person', 'Person', 0.1],
  ['AGREEMENT', 'Locality', 'Locality', 0.05],
  ['HOLDS_POSITION', 'Person', 'Organization', 0.08],
  ['PARTICIPATED_IN', 'Person', 'Event', 0.07],
  ['HELD_IN', 'Event', 'Locality', 0.05],
];

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(nodeCount = 20_000, edgeCount = 50_000, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const ids = {};
  const articles = [];
  for (const [label, share] of Object.entries(SHARES)) {
    ids[label] = [];
    for (let i = 0; i < Math.round(nodeCount * share); i++) {
      const id = `${label.toLowerCase()}:synthetic-${i}`;
      const article = `a${i % 5000}`;
      const name = `${label} ${i} Nguyễn Văn Đức`;
      const base = { type: label, label: name, x: rand(), y: rand(), size: 2, color: '#888888', articles: [article] };
      const attributes = {
        Person: { ...base, name, variants: [name], titles: ['Chủ tịch UBND tỉnh'], country: pick(['VN', 'JP']) },
        Locality: {
          ...base, name, variants: [name], kind: 'province', country: pick(['VN', 'JP']), parent: null,
          lat: 10 + rand() * 30, lng: 100 + rand() * 40, currentUnit: null, formerUnits: [],
        },
        Organization: { ...base, name, variants: [name], country: 'VN' },
        Event: { ...base, kind: 'visit', date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, status: 'done', where: null },
        Article: { ...base, title: name, url: `https://example.org/${i}`, date: '2019-10-01', source: 'synthetic.jsonl' },
      }[label];
      graph.addNode(id, attributes);
      ids[label].push(id);
      if (label === 'Article') articles.push(id.slice('article:'.length));
    }
  }
  for (const [type, from, to, share] of EDGES) {
    const wanted = Math.round(edgeCount * share);
    let made = 0;
    while (made < wanted) {
      const source = pick(ids[from]);
      const target = pick(ids[to]);
      const key = `${type}:${source}|${target}`;
      if (source === target || graph.hasEdge(key)) continue;
      const article = pick(articles);
      graph.addEdgeWithKey(key, source, target, {
        type, undirected: type === 'MET' || type === 'AGREEMENT', date: '2019-10', dates: ['2019-10'],
        articles: [article], rules: ['synthetic'], label: type, size: 1, color: '#cccccc',
        evidence: [{ article, sentence: `Phó Chủ tịch UBND tỉnh ${source} tiếp và làm việc với đoàn công tác của ${target} ngày 10/10/2019.`, rule: 'synthetic' }],
      });
      made++;
    }
  }
  return graph;
}
