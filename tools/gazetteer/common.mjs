// Helpers shared by the gazetteer generator (tools/gazetteer/build.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEX = join(dirname(fileURLToPath(import.meta.url)), '../../src/recognize/lexicon');
export const readLexicon = (file) => JSON.parse(readFileSync(join(LEX, file), 'utf8'));
/** Hand-edited files keep one field a line; generated lists one record a line (small diffs either way). */
export const writePretty = (file, data) => writeFileSync(join(LEX, file), JSON.stringify(data, null, 1) + '\n');
export const writeRecords = (file, data) =>
  writeFileSync(join(LEX, file), `[\n${data.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

/** Same folding as foldName() in src/recognize/gazetteer.ts. */
export const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/g, 'd')
  .replace(/[\s\-‐‑‒–—]+/g, ' ').trim();
export const slug = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-');
export const letters = (s) => fold(s).replace(/[^a-z0-9]/g, '').length;
export const round = (x) => Math.round(Number(x) * 1e4) / 1e4;
export const byName = (a, b) => fold(a.name).localeCompare(fold(b.name)) || a.name.localeCompare(b.name);
// GeoNames writes some Vietnamese names with U+00D0 (Icelandic Eth) instead of U+0110 "Đ".
export const fixEth = (s) => s.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
export const stripMacrons = (s) => s.normalize('NFD').replace(/[\u0304\u0302\u0301]/g, '').normalize('NFC');

/** The other tone placement for open syllables oa/oe/uy: "Hòa" ↔ "Hoà", "Thủy" ↔ "Thuỷ" (not after q). */
function otherTonePlacement(name) {
  return name.replace(/\p{L}+/gu, (syl) => {
    const d = syl.normalize('NFD');
    const m = /^(.*?)([oOuU])([\u0300\u0301\u0303\u0309\u0323]?)([aAeEyY])([\u0300\u0301\u0303\u0309\u0323]?)$/u.exec(d);
    if (!m || /[qQ]$/.test(m[1]) || (!m[3] && !m[5]) || (m[3] && m[5])) return syl;
    if ((m[2].toLowerCase() === 'o') !== (m[4].toLowerCase() !== 'y')) return syl;
    const tone = m[3] || m[5];
    return (m[3] ? `${m[1]}${m[2]}${m[4]}${tone}` : `${m[1]}${m[2]}${tone}${m[4]}`).normalize('NFC');
  });
}
export const withToneVariants = (names) => [...new Set(names.flatMap((n) => [n, otherTonePlacement(n)]))];

/** "Cư M’Gar" is also written "Cư M'Gar" and "Cư MGar"; "Kan’onji" also "Kanonji". */
export const withApostropheVariants = (names) => [...new Set(names.flatMap((n) => (/['’]/.test(n)
  ? [n, n.replace(/’/g, "'"), n.replace(/'/g, '’'), n.replace(/['’]/g, '')] : [n])))];

/** One substitution, insertion or deletion apart ("Gotemba"/"Gotenba", "Matsusaka"/"Matsuzaka"). */
export function oneEditApart(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** Names of provinces, prefectures and regions (and their aliases) → the entry's name. */
export function majorNameIndex(...lists) {
  const names = new Map();
  for (const list of lists) for (const e of list) for (const n of [e.name, ...e.aliases]) names.set(fold(n), e.name);
  // "Hanoi", "Haiphong", "Ho Chi Minh City": English spellings, written without the spaces.
  for (const [k, v] of [...names]) names.set(k.replace(/ /g, ''), v);
  return (name) => names.get(fold(name)) ?? names.get(fold(name).replace(/ /g, '').replace(/city$/, ''));
}

/**
 * Among places sharing a name, the one that owns the bare id (`locality:JP:sakai`): a listed one
 * (`Name|Parent`), else the only one of the highest kind in `ranks`. The loader appends the parent's
 * slug to the others' ids.
 */
export function markPrimary(records, parentOf, listed, ranks) {
  const groups = new Map();
  for (const r of records) groups.set(slug(r.name), [...(groups.get(slug(r.name)) ?? []), r]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let pick = group.find((r) => listed.includes(`${r.name}|${parentOf(r)}`));
    for (const kind of ranks) {
      if (pick) break;
      const ofKind = group.filter((r) => r.kind === kind);
      if (ofKind.length === 1) pick = ofKind[0];
      if (ofKind.length > 0) break;
    }
    if (pick) pick.primary = true;
  }
  return records;
}
