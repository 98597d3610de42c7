import { cypherString } from './cypherLiteral.js';

/**
 * LOAD CSV on a server with its default legacy quote escaping reads `\"` inside a quoted field as
 * a quote and `\\` as one backslash (measured on Neo4j 5.26), so a field whose text ends in a
 * backslash swallows its closing quote; neo4j-admin reads both literally. The CSVs import.cypher
 * reads therefore write every backslash as `\0`: no `\"` or `\\` can occur, and both settings of
 * the server read the field as written. `unescapeField` undoes it in Cypher.
 */
const ESCAPED = '\\0';

export function escapeBackslashes(text: string): string {
  return text.replaceAll('\\', ESCAPED);
}

/** Cypher for the text of `field` as written before escapeBackslashes (null stays null). */
export function unescapeField(field: string): string {
  return `replace(${field}, ${cypherString(ESCAPED)}, ${cypherString('\\')})`;
}
