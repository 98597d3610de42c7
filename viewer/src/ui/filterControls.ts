import type { NodeType, RelationType } from '../../../src/types.js';
import type { GraphView } from '../GraphView.js';
import { el } from '../internal/dom.js';
import { countryOf, EDGE_COLORS, NODE_COLORS, NODE_TYPES, RELATION_TYPES } from '../palette.js';

const COUNTRY_NAMES: Record<string, string> = { VN: 'Vietnam', JP: 'Japan', '-': 'no country' };

interface Row {
  value: string;
  input: HTMLInputElement;
  count: HTMLElement;
}

/**
 * Checkboxes for node types, relation types and countries, each with the count shown / total;
 * plus the overall count line. Counts follow every change of the view.
 */
export function mountFilterControls(
  containers: { types: HTMLElement; relations: HTMLElement; countries: HTMLElement; counts: HTMLElement },
  view: GraphView,
): void {
  const graph = view.graph;
  // Type totals are the whole graph's (the server's count); countries are those of the nodes loaded.
  const first = view.server.first.totals;
  const totals = {
    types: new Map<string, number>(Object.entries(first.nodes).map(([type, n]) => [type, n ?? 0])),
    relations: new Map<string, number>(Object.entries(first.edges).map(([type, n]) => [type, n ?? 0])),
    countries: new Map<string, number>(),
  };
  const totalNodes = [...totals.types.values()].reduce((a, b) => a + b, 0);
  const totalEdges = [...totals.relations.values()].reduce((a, b) => a + b, 0);
  graph.forEachNode((_node, attrs) => bump(totals.countries, countryOf(attrs) ?? '-'));
  const countries = [...totals.countries.keys()].sort((a, b) => rankCountry(a) - rankCountry(b) || a.localeCompare(b));

  const typeRows = NODE_TYPES.map((type) => row(containers.types, type, type, NODE_COLORS[type === 'Locality' ? 'LocalityVN' : type]));
  const relationRows = RELATION_TYPES.map((type) => row(containers.relations, type, type, EDGE_COLORS[type]));
  const countryRows = countries.map((code) => row(containers.countries, code, COUNTRY_NAMES[code] ?? code, null));

  for (const r of typeRows) {
    r.input.addEventListener('change', () => view.update({ nodeTypes: new Set(checked(typeRows) as NodeType[]) }));
  }
  for (const r of relationRows) {
    r.input.addEventListener('change', () => view.update({ relationTypes: new Set(checked(relationRows) as RelationType[]) }));
  }
  for (const r of countryRows) {
    r.input.addEventListener('change', () => {
      const values = checked(countryRows);
      view.update({ countries: values.length === countryRows.length ? null : new Set(values) });
    });
  }

  // Selecting a node changes neither the filters nor what they let through: nothing to count again.
  let counted: unknown = null;
  const sync = (): void => {
    const { state, visibility } = view;
    if (counted === visibility) return;
    counted = visibility;
    const shown = { types: new Map<string, number>(), relations: new Map<string, number>(), countries: new Map<string, number>() };
    for (const node of visibility.nodes) {
      const attrs = graph.getNodeAttributes(node);
      bump(shown.types, attrs.type);
      bump(shown.countries, countryOf(attrs) ?? '-');
    }
    for (const edge of visibility.edges) bump(shown.relations, graph.getEdgeAttribute(edge, 'type'));
    for (const r of typeRows) set(r, state.nodeTypes.has(r.value as NodeType), shown.types, totals.types);
    for (const r of relationRows) set(r, state.relationTypes.has(r.value as RelationType), shown.relations, totals.relations);
    for (const r of countryRows) set(r, state.countries?.has(r.value) ?? true, shown.countries, totals.countries);
    containers.counts.textContent =
      `${visibility.nodes.size.toLocaleString('en')} of ${totalNodes.toLocaleString('en')} nodes · ` +
      `${visibility.edges.size.toLocaleString('en')} of ${totalEdges.toLocaleString('en')} edges`;
  };
  view.onChange(sync);
  sync();
}

function row(container: HTMLElement, value: string, label: string, color: string | null): Row {
  const input = el('input');
  input.type = 'checkbox';
  input.value = value;
  const count = el('span', { className: 'count' });
  const swatch = el('span', { className: 'swatch' });
  if (color) swatch.style.background = color;
  else swatch.classList.add('none');
  container.append(el('label', { className: 'filter' }, [input, swatch, el('span', { text: label }), count]));
  return { value, input, count };
}

function set(r: Row, on: boolean, shown: Map<string, number>, totals: Map<string, number>): void {
  r.input.checked = on;
  r.count.textContent = `${shown.get(r.value) ?? 0}/${totals.get(r.value) ?? 0}`;
}

function checked(rows: Row[]): string[] {
  return rows.filter((r) => r.input.checked).map((r) => r.value);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function rankCountry(code: string): number {
  return code === 'VN' ? 0 : code === 'JP' ? 1 : code === '-' ? 3 : 2;
}
