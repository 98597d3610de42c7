import type { KgGraph } from '../../src/types.js';

export type Positions = Map<string, { x: number; y: number }>;

/** Offsets from a place, in degrees: small next to a country, large enough to click apart. */
const RING = 0.35;

/**
 * Map positions: localities at their longitude / Mercator latitude, a locality without coordinates
 * beside its parent, and people, organizations and events beside their place: where they hold a
 * position or were held, else the placed locality they have most edges with (an average of
 * Vietnam and Japan would put a visiting mayor in the sea).
 * Articles and nodes linked to no placed locality get no position (the geographic view hides them).
 */
export function geoPositions(graph: KgGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((key, attrs) => {
    if (attrs.type === 'Locality' && isCoord(attrs.lat) && isCoord(attrs.lng)) {
      positions.set(key, { x: attrs.lng, y: mercator(attrs.lat) });
    }
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.type !== 'Locality' || positions.has(key) || !attrs.parent) return;
    const parent = positions.get(attrs.parent);
    if (parent) positions.set(key, beside(parent, key));
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.type === 'Locality' || attrs.type === 'Article') return;
    const home = homeOf(graph, key, positions);
    if (home) positions.set(key, beside(home, key));
  });
  return positions;
}

/** Where a person, organization or event belongs on the map, or null. */
function homeOf(graph: KgGraph, key: string, positions: Positions): { x: number; y: number } | null {
  const scores = new Map<string, number>();
  graph.forEachEdge(key, (_edge, attrs, source, target) => {
    const other = source === key ? target : source;
    if (!positions.has(other) || graph.getNodeAttribute(other, 'type') !== 'Locality') return;
    const weight = source === key && (attrs.type === 'HOLDS_POSITION' || attrs.type === 'HELD_IN') ? 100 : 1;
    scores.set(other, (scores.get(other) ?? 0) + weight);
  });
  let best: string | null = null;
  for (const [place, score] of scores) if (best === null || score > (scores.get(best) ?? 0)) best = place;
  return best ? (positions.get(best) ?? null) : null;
}

function isCoord(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function mercator(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

/** A deterministic spot on a ring around `center`, chosen by the node key so reloads look the same. */
function beside(center: { x: number; y: number }, key: string): { x: number; y: number } {
  const h = hash32(key);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = RING * (0.6 + ((h >>> 16) % 5) * 0.2);
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
