import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import gexfModule from 'graphology-gexf';
import { DirectedGraph } from 'graphology';
import { XMLParser } from 'fast-xml-parser';
import { assembleGraph } from '../../src/assemble/index.js';
import { createJsonlWriter, dateRange, graphToJson, toGexf, writeGexf, writeGraphJson } from '../../src/export/index.js';
import { extraction } from '../assemble/fixtures.js';

const gexf = gexfModule as unknown as { parse: (G: unknown, xml: string) => { order: number; size: number; getNodeAttribute(n: string, a: string): unknown } };
const HOSTILE = "'}) DETACH DELETE n // <img src=x onerror=alert(1)> \\ \u0001 & \"q\"";

function hostileGraph() {
  const e = extraction('a1', '2019-10');
  e.entities[0]!.name = HOSTILE;
  return assembleGraph([e, extraction('a2', '2018-05-02')]);
}

describe('dateRange', () => {
  it.each([
    ['2019-10', { start: '2019-10-01', end: '2019-10-31' }],
    ['2020-02', { start: '2020-02-01', end: '2020-02-29' }],
    ['2019', { start: '2019-01-01', end: '2019-12-31' }],
    ['2019-10-05', { start: '2019-10-05', end: '2019-10-05' }],
    ['--11-10', null],
  ])('%s', (value, expected) => expect(dateRange(value)).toEqual(expected));
});

describe('toGexf', () => {
  const graph = hostileGraph();
  const xml = toGexf(graph);
  it('re-parses with graphology-gexf, hostile label intact', () => {
    const parsed = gexf.parse(DirectedGraph, xml);
    expect([parsed.order, parsed.size]).toEqual([graph.order, graph.size]);
    expect(parsed.getNodeAttribute('person:abe', 'label')).toBe(HOSTILE.replace('\u0001', ''));
    expect(parsed.getNodeAttribute('person:abe', 'articles')).toBe(2);
  });
  it('has GEXF 1.3 dynamics', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.gexf.version).toBe('1.3');
    expect(doc.gexf.graph.mode).toBe('dynamic');
    const edge = doc.gexf.graph.edges.edge.find((e: { id: string }) => e.id.startsWith('AGREEMENT:'));
    expect([edge.start, edge.end]).toEqual(['2018-05-02', '2019-10-31']);
  });
});

describe('streamed exports', () => {
  it('graph.json chunks are exactly graphology\'s own serialization', () => {
    const graph = hostileGraph();
    expect(graphToJson(graph)).toBe(`${JSON.stringify(graph.export())}\n`);
  });

  it('writes graph.json and graph.gexf from chunks, byte-identical to the whole strings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    const graph = hostileGraph();
    await writeGraphJson(graph, join(dir, 'graph.json'));
    await writeGexf(graph, join(dir, 'graph.gexf'));
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(graphToJson(graph));
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toBe(toGexf(graph));
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.json']);
  });
});

describe('golden files', () => {
  const dir = join(import.meta.dirname, 'golden');
  it.each([
    ['small.gexf', () => toGexf(hostileGraph())],
    ['small.graph.json', () => graphToJson(hostileGraph())],
  ])('%s', (name, render) => {
    const path = join(dir, name);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, render());
    expect(render()).toBe(readFileSync(path, 'utf8'));
  });
});

describe('atomic writes', () => {
  it('aborted JSONL writer leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    const w = createJsonlWriter(join(dir, 'x.jsonl'));
    w.write('{"a":1}');
    await w.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
  it('closed JSONL writer renames into place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    const w = createJsonlWriter(join(dir, 'x.jsonl'));
    w.write('{"a":1}');
    w.write('{"b":2}');
    await w.close();
    expect(readdirSync(dir)).toEqual(['x.jsonl']);
    expect(readFileSync(join(dir, 'x.jsonl'), 'utf8')).toBe('{"a":1}\n{"b":2}\n');
  });
  it('writeGraphJson leaves only the target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    await writeGraphJson(hostileGraph(), join(dir, 'graph.json'));
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });
});
