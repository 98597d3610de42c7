import type { NodeType, RelationType } from '../../src/types.js';
import { monthIndex, monthLabel } from './internal/dates.js';
import { NODE_TYPES, RELATION_TYPES } from './palette.js';
import { defaultViewState, type ViewState } from './ViewState.js';

/**
 * The view state in the URL hash (`#node=…` or `#edge=…`, `&types=…&rels=…&countries=…&from=YYYY-MM&to=YYYY-MM&geo=1`),
 * so a link reopens the same view. Defaults are left out to keep links short.
 */
export function encodeViewState(state: ViewState): string {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  else if (state.edge) params.set('edge', state.edge);
  if (!sameSet(state.nodeTypes, defaults.nodeTypes)) params.set('types', [...state.nodeTypes].join(','));
  if (!sameSet(state.relationTypes, defaults.relationTypes)) params.set('rels', [...state.relationTypes].join(','));
  if (state.countries) params.set('countries', [...state.countries].join(','));
  if (state.timeline) {
    params.set('from', monthLabel(state.timeline.from));
    params.set('to', monthLabel(state.timeline.to));
  }
  if (state.geo) params.set('geo', '1');
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Unknown values are dropped rather than rejected: an old or hand-edited link still opens. */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultViewState();
  state.selected = params.get('node') || null;
  state.edge = state.selected ? null : params.get('edge') || null;
  const types = params.get('types');
  if (types !== null) state.nodeTypes = new Set(listOf(types).filter((t): t is NodeType => (NODE_TYPES as string[]).includes(t)));
  const rels = params.get('rels');
  if (rels !== null) {
    state.relationTypes = new Set(listOf(rels).filter((t): t is RelationType => (RELATION_TYPES as string[]).includes(t)));
  }
  const countries = params.get('countries');
  if (countries !== null) state.countries = new Set(listOf(countries));
  const from = monthIndex(params.get('from') ?? '');
  const to = monthIndex(params.get('to') ?? '');
  if (from !== null && to !== null) state.timeline = { from: Math.min(from, to), to: Math.max(from, to) };
  state.geo = params.get('geo') === '1';
  return state;
}

function listOf(value: string): string[] {
  return value.split(',').filter((item) => item !== '');
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
