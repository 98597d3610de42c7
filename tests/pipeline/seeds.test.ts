import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/internal/runBuild.js';
import { cleanArticle, withoutMask } from '../../src/clean/index.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/types.js';

/** End to end: `kg build seeds` with the real extractor, and concrete facts with their evidence. */
interface Serialized {
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }>;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
let out: string;
let graph: Serialized;
const seedText = new Map<string, string>();

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'kg-seeds-'));
  const io = { stdout: new PassThrough(), stderr: new PassThrough() };
  const { exitCode } = await runBuild({ inputs: [SEEDS], outDir: out, quiet: true, jobs: 1 }, io);
  expect(exitCode).toBe(0);
  graph = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) as Serialized;
  for (const f of await readdir(SEEDS)) {
    const id = f.replace(/\.txt$/, '');
    const raw = { id, title: null, date: null, url: null, source: f, text: await readFile(join(SEEDS, f), 'utf8') };
    seedText.set(id, withoutMask(cleanArticle(raw).text));
  }
}, 60_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const edge = (key: string) => graph.edges.find((e) => e.key === key)?.attributes;
const node = (key: string) => graph.nodes.find((n) => n.key === key)?.attributes;

describe('kg build on the seed articles', () => {
  it.each([
    // [edge key, status, date, rule, words of the evidence sentence]
    ['VISITED:locality:JP:izumisano|locality:VN:binh-dinh', 'done', null, 'visit.reception', 'tiếp và làm việc với Đoàn công tác của thành phố (TP) Izumisano'],
    ['VISITED:person:matsushita-yoshihiko|locality:VN:binh-dinh', 'done', null, 'visit.reception.leader', 'do Phó Thị trưởng thành phố, ông Matsushita Yoshihiko làm trưởng đoàn'],
    ['MET:person:matsushita-yoshihiko|person:tran-chau', 'done', null, 'meet.verb', 'Phó Chủ tịch UBND tỉnh Trần Châu có buổi tiếp'],
    ['AGREEMENT:locality:JP:izumisano|locality:VN:binh-dinh', 'done', '2019-10', 'agreement.friendship', 'ký kết thỏa thuận thiết lập mối quan hệ hữu nghị'],
    ['AGREEMENT:locality:JP:yamaguchi|locality:VN:binh-duong', 'done', '2014', 'agreement.friendship', 'thiết lập quan hệ hợp tác hữu nghị vào năm 2014'],
    ['VISITED:locality:JP:fukuoka|locality:VN:ha-noi', 'planned', '2024-01', 'visit.travel', 'sẽ sang thăm thành phố Hà Nội'],
  ])('%s', (key, status, date, rule, words) => {
    const e = edge(key);
    expect(e, `no edge ${key}`).toBeDefined();
    expect(e!.status).toBe(status);
    expect(e!.date).toBe(date);
    expect(e!.rules).toContain(rule);
    expect(e!.evidence.some((ev) => ev.sentence.includes(words))).toBe(true);
  });

  it('keeps every evidence sentence verbatim from its cleaned article (spam masks dropped, spaces normalized)', () => {
    const evidence = graph.edges.flatMap((e) => e.attributes.evidence).filter((ev) => ev.rule !== 'mention');
    expect(evidence.length).toBeGreaterThan(20);
    for (const ev of evidence) expect(seedText.get(ev.article), ev.sentence).toContain(ev.sentence);
  });

  it('describes people and places from the lexicons', () => {
    expect(node('person:matsushita-yoshihiko')).toMatchObject({ type: 'Person', country: 'JP', titles: ['Phó Thị trưởng thành phố'] });
    expect(node('locality:JP:izumisano')).toMatchObject({ kind: 'city', country: 'JP', parent: 'locality:JP:osaka' });
    // Vietnam's 2025 merger: Bình Định is part of Gia Lai now
    expect(node('locality:VN:binh-dinh')).toMatchObject({ kind: 'province', currentUnit: 'Gia Lai' });
    // a spam-masked mention of Quảng Nam adds no variant
    expect(node('locality:VN:quang-nam')).toMatchObject({ variants: ['Quảng Nam'] });
  });

  it('writes one extraction per article and a GEXF that re-parses', async () => {
    const lines = (await readFile(join(out, 'extractions.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { article: { id: string } }).article.id)).toEqual([...seedText.keys()].sort());
    const gexf = new XMLParser({ ignoreAttributes: false }).parse(await readFile(join(out, 'graph.gexf'), 'utf8'));
    expect(gexf.gexf['@_version']).toBe('1.3');
    expect(gexf.gexf.graph.edges.edge.length).toBe(graph.edges.length);
  });
});
