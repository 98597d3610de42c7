/**
 * Cypher literal text for the JSON-like values of push rows, for parameter-free import.cypher.
 * Strings are single-quoted with every quote, backslash and control character escaped, so no
 * text from an article can end the literal. Numbers are always written as floats (`21.0`), as
 * the driver sends them; integers are made with toInteger() in the query.
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    const text = String(value);
    return /[.eE]/.test(text) ? text : `${text}.0`;
  }
  if (typeof value === 'string') return cypherString(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${cypherKey(k)}: ${cypherLiteral(v)}`);
    return `{${entries.join(', ')}}`;
  }
  throw new TypeError(`no Cypher literal for ${typeof value}`);
}

export function cypherString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Control characters, and line/paragraph separators a reader might treat as line ends.
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    // A lone surrogate cannot be written as UTF-8.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}'`;
}

function cypherKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}
