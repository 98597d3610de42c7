/** Defensive readers for attributes of a graph loaded from JSON: wrong types become null / []. */
export type Scalar = string | number | boolean | null;

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asFloat(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Distinct strings in first-seen order: lists are unions, so duplicates never reach Neo4j. */
export function asStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string'))];
}

export function readScalar(value: unknown, type: 'string' | 'float' | 'boolean'): Scalar {
  if (type === 'string') return asString(value);
  if (type === 'float') return asFloat(value);
  return typeof value === 'boolean' ? value : null;
}
