import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../viewer/src/computeVisibility.js';
import { geoPositions } from '../../viewer/src/geoPositions.js';
import { anyInRange, monthIndex, monthLabel, monthSpan } from '../../viewer/src/internal/dates.js';
import { defaultViewState, type ViewState } from '../../viewer/src/ViewState.js';
import { fixtureGraph } from './internal/fixtureGraph.js';

const month = (value: string): number => monthIndex(value) ?? NaN;
const graph = fixtureGraph();

describe('dates', () => {
  it.each([
    ['2019', { first: month('2019-01'), last: month('2019-12') }],
    ['2019-10', { first: month('2019-10'), last: month('2019-10') }],
    ['2019-10-05', { first: month('2019-10'), last: month('2019-10') }],
    ['--10-05', null],
    ['', null],
  ])('monthSpan(%j)', (value, span) => {
    expect(monthSpan(value)).toEqual(span);
  });

  it.each(['0999-01', '2019-01', '2019-12', '2025-07'])('monthLabel inverts monthIndex for %s', (value) => {
    expect(monthLabel(month(value))).toBe(value);
  });

  it.each([
    [['2019'], '2019-06', '2019-06', true],
    [['2019-10'], '2019-11', '2020-01', false],
    [[null, '2018-03'], '2018-01', '2018-03', true],
    [['--10-05'], '0000-01', '9999-12', false],
  ])('anyInRange(%j, %s, %s) = %s', (dates, from, to, expected) => {
    expect(anyInRange(dates, month(from), month(to))).toBe(expected);
  });
});

describe('computeVisibility', () => {
  const state = (change: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...change });
  const labels = (nodes: Set<string>): string[] => [...nodes].map((n) => graph.getNodeAttribute(n, 'label')).sort();

  it.each<[string, Partial<ViewState>, number, number]>([
    ['defaults hide articles and their links', {}, 7, 10],
    ['everything', { nodeTypes: new Set(['Person', 'Locality', 'Organization', 'Event', 'Article']) }, 8, 16],
    ['people only', { nodeTypes: new Set(['Person']) }, 3, 2],
    ['visits only', { relationTypes: new Set(['VISITED']) }, 7, 2],
    ['Japan only', { countries: new Set(['JP']) }, 3, 2],
    ['timeline 2019', { timeline: { from: month('2019-01'), to: month('2019-12') } }, 5, 6],
    ['timeline December 2019', { timeline: { from: month('2019-12'), to: month('2019-12') } }, 5, 5],
    ['timeline 2018', { timeline: { from: month('2018-01'), to: month('2018-12') } }, 2, 1],
  ])('%s: %i nodes, %i edges', (_name, change, nodes, edges) => {
    const visibility = computeVisibility(graph, state(change));
    expect([visibility.nodes.size, visibility.edges.size]).toEqual([nodes, edges]);
  });

  it('keeps the timeline to dated visits, meetings, agreements and the events in range', () => {
    const visibility = computeVisibility(graph, state({ timeline: { from: month('2019-12'), to: month('2019-12') } }));
    const types = [...visibility.edges].map((e) => graph.getEdgeAttribute(e, 'type')).sort();
    expect(types).toEqual(['HELD_IN', 'MET', 'PARTICIPATED_IN', 'VISITED', 'VISITED']);
    expect(labels(visibility.nodes)).toEqual(['Bình Định', 'Izumisano', 'Matsushita Yoshihiko', 'Trần Châu', 'Đoàn Izumisano thăm Bình Định']);
  });

  it('the geographic view shows only nodes it could place', () => {
    const placed = geoPositions(graph);
    const visibility = computeVisibility(graph, state({ geo: true }), placed);
    expect(labels(visibility.nodes)).not.toContain('<img src=x onerror=alert(1)>');
    expect(visibility.nodes.size).toBe(6);
  });
});

describe('geoPositions', () => {
  const positions = geoPositions(graph);
  it('puts localities at their longitude and (Mercator) latitude', () => {
    expect(positions.get('locality:VN:binh-dinh')?.x).toBeCloseTo(109.2237);
    const osaka = positions.get('locality:JP:osaka')!;
    const binhDinh = positions.get('locality:VN:binh-dinh')!;
    expect(osaka.y).toBeGreaterThan(binhDinh.y);
  });

  it('puts people and events beside the places they are linked to', () => {
    const tran = positions.get('person:tran-chau')!;
    const binhDinh = positions.get('locality:VN:binh-dinh')!;
    expect(Math.hypot(tran.x - binhDinh.x, tran.y - binhDinh.y)).toBeLessThan(1);
    expect(positions.has('article:000_654d7b4c454ee48d')).toBe(false);
    expect(positions.has('person:img-src-x-onerror-alert-1')).toBe(false);
  });
});
