/** Characters XML 1.0 forbids anywhere (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Anything escapeXml may change; most names and sentences have none, and this test is cheap. */
const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Attribute list `name="value"`, skipping null/undefined values. */
export function xmlAttrs(attrs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const k in attrs) {
    const v = attrs[k];
    if (v === null || v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? String(v) : escapeXml(v)}"`;
  }
  return out;
}
