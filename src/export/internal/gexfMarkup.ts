import type { GexfValue } from '../toGexf.js';
import { escapeXml, xmlAttrs } from './xml.js';

/** A column's GEXF type from the values seen so far, without keeping them: boolean or number only if every present value is. */
export interface ColumnType {
  present: number;
  boolean: boolean;
  number: boolean;
  integer: boolean;
}

export function observe(columns: Map<string, ColumnType>, row: Record<string, GexfValue>): void {
  for (const k in row) {
    const v = row[k];
    let column = columns.get(k);
    if (!column) columns.set(k, (column = { present: 0, boolean: true, number: true, integer: true }));
    if (v === null || v === undefined) continue;
    column.present++;
    if (typeof v !== 'boolean') column.boolean = false;
    if (typeof v !== 'number') column.number = false;
    else if (!Number.isInteger(v)) column.integer = false;
  }
}

function gexfType(c: ColumnType): 'integer' | 'double' | 'boolean' | 'string' {
  if (c.present > 0 && c.boolean) return 'boolean';
  if (c.present > 0 && c.number) return c.integer ? 'integer' : 'double';
  return 'string';
}

/** Attribute declarations in first-seen order, typed from the values. */
export function declare(cls: 'node' | 'edge', columns: Map<string, ColumnType>): string {
  const lines = [...columns].map(([id, c]) => `      <attribute${xmlAttrs({ id, title: id, type: gexfType(c) })}/>`);
  return `    <attributes class="${cls}">\n${lines.join('\n')}\n    </attributes>\n`;
}

export function attvalues(row: Record<string, GexfValue>): string {
  let out = '';
  for (const k in row) {
    const v = row[k];
    if (v === null || v === undefined || v === '') continue;
    out += `<attvalue for="${escapeXml(k)}" value="${escapeXml(String(v))}"/>`;
  }
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}

/** `<viz:color>` for a `#rrggbb` colour; memoized, since a graph has a handful of colours. */
export function vizColor(): (color: string) => string {
  const cache = new Map<string, string>();
  return (color) => {
    let out = cache.get(color);
    if (out === undefined) {
      const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? '999999';
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      cache.set(color, (out = `<viz:color${xmlAttrs({ r, g, b })}/>`));
    }
    return out;
  };
}
