import { MASK } from '../clean/maskSpam.js';
import type { CountryCode, LocalityKind, LocalityMention } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import prefixes from './lexicon/admin-prefixes.json' with { type: 'json' };
import { slug } from './internal/fold.js';
import { COUNTRIES, ORG_HEADS, SURNAMES, TITLES } from './internal/lexicons.js';
import { placeIndex } from './internal/placeIndex.js';
import type { Token } from './internal/tokenize.js';

interface Prefix { words: string[]; level: string; opensUnknown: boolean }
const PREFIXES: Prefix[] = prefixes
  .map((p) => ({ words: p.prefix.toLowerCase().split(' '), level: p.level, opensUnknown: p.opensUnknown }))
  .sort((a, b) => b.words.length - a.words.length);
const LOCAL_LEVELS = new Set(['district', 'town', 'commune']);
const MASKED = new RegExp(`(?<![\\p{L}])(tỉnh|thành phố|TP) ${MASK}`, 'giu');

/** The administrative word right before token `i` ("tỉnh", "thành phố (TP)"), if any. */
function prefixBefore(text: string, tokens: Token[], i: number): Prefix | null {
  let j = i;
  // "thành phố (TP) Izumisano": skip an abbreviation in brackets.
  if (j >= 1 && tokens[j - 1]!.upper && text.slice(tokens[j - 1]!.end, tokens[j]!.start) === ') ' && text[tokens[j - 1]!.start - 1] === '(') j--;
  for (const p of PREFIXES) {
    const n = p.words.length;
    if (j - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = tokens[j - n + k]!.text.toLowerCase() === p.words[k];
    if (!ok) continue;
    const between = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/^[\s(]*$/.test(between) || between === '. ' || between === '.') return p;
  }
  return null;
}

/** Country named right after a place: "Izumisano (Nhật Bản)", "Yamaguchi, Nhật Bản". */
function countryAfter(text: string, end: number): CountryCode | null {
  const m = /^\s*[(,–-]\s*([\p{L} ]{2,20}?)\s*[),.;]/u.exec(text.slice(end, end + 30));
  if (!m) return null;
  return COUNTRIES.map.get(m[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')) ?? null;
}

function choose(entries: GazetteerEntry[], prefix: Prefix | null, country: CountryCode | null): GazetteerEntry {
  const score = (e: GazetteerEntry) =>
    (country && e.country === country ? 8 : 0) +
    (prefix && LOCAL_LEVELS.has(prefix.level) === LOCAL_LEVELS.has(e.kind) ? 4 : 0) +
    (e.tier === 'major' ? 2 : 0) +
    (e.country === 'VN' || e.country === 'JP' ? 1 : 0);
  return [...entries].sort((a, b) => score(b) - score(a))[0]!;
}

const isNameWord = (t: Token) => t.cap && !t.upper && !/^\d/.test(t.text);
const joinedBySpace = (text: string, a: Token, b: Token) => /^(?: |-|–| - | – )$/.test(text.slice(a.end, b.start));

function mention(e: { id: string; name: string; country: CountryCode | null; kind: LocalityKind }, text: string,
  start: number, end: number, prefixed: boolean, reason: string): LocalityMention {
  return { type: 'Locality', start, end, text: text.slice(start, end), reason, prefixed, ...e };
}

/**
 * Localities: gazetteer names written with capitals ("Bình Định", "Osaka"), municipalities only
 * after an administrative word or once the article has introduced them that way, and places
 * missing from the gazetteer after such a word ("thành phố Seoul", "vùng Emilia-Romagna").
 */
export function findLocalities(text: string, tokens: Token[]): LocalityMention[] {
  const { byKey, maxWords } = placeIndex();
  const found: LocalityMention[] = [];
  const minor: Array<{ m: LocalityMention }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNameWord(t) && !(t.upper && t.text.length <= 4)) continue;
    const prefix = prefixBefore(text, tokens, i);
    let matched = false;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !matched; n--) {
      const last = tokens[i + n - 1]!;
      let ok = true;
      for (let k = i + 1; k < i + n && ok; k++) ok = (tokens[k]!.cap || /^\d/.test(tokens[k]!.text)) && joinedBySpace(text, tokens[k - 1]!, tokens[k]!) || text.slice(tokens[k - 1]!.end, tokens[k]!.start) === '.';
      if (!ok) continue;
      let key = '';
      for (let k = i; k < i + n; k++) key += (k > i ? ' ' : '') + tokens[k]!.folded;
      const entries = byKey.get(key);
      if (!entries) continue;
      const country = countryAfter(text, last.end);
      const e = choose(entries, prefix, country);
      const m = mention({ id: e.id, name: e.name, country: e.country, kind: e.kind }, text, t.start, last.end, prefix !== null, `gazetteer.${e.tier}`);
      if (e.tier === 'minor' && !prefix) minor.push({ m });
      else found.push(m);
      i += n - 1;
      matched = true;
    }
    if (!matched && prefix?.opensUnknown && isNameWord(t)) {
      const m = unknownPlace(text, tokens, i, prefix);
      if (m) { found.push(m); i += m.end > t.end ? 1 : 0; }
    }
  }
  for (const m of text.matchAll(MASKED)) {
    const at = m.index! + m[0].length - 1;
    const level = m[1]!.toLowerCase() === 'tỉnh' ? 'province' : 'city';
    found.push(mention({ id: `locality:masked:${level}`, name: MASK, country: null, kind: level }, text, at, at + 1, true, 'locality.masked'));
  }
  // A municipality written bare counts once the article has introduced it with its administrative word.
  const introduced = new Set(found.filter((m) => m.prefixed).map((m) => m.id));
  for (const { m } of minor) if (introduced.has(m.id)) found.push({ ...m, reason: 'gazetteer.minor-repeat' });
  return found.sort((a, b) => a.start - b.start);
}

function unknownPlace(text: string, tokens: Token[], i: number, prefix: Prefix): LocalityMention | null {
  const t = tokens[i]!;
  const key1 = t.folded;
  if (COUNTRIES.map.has(key1) || ORG_HEADS.map.has(key1) || TITLES.map.has(key1)) return null;
  // The gazetteer knows every province; "UBND tỉnh Trần Châu" names a person, not a place.
  if (SURNAMES.has(key1) && tokens[i + 1]?.cap && !tokens[i + 1]!.upper) return null;
  // Every Vietnamese province and Japanese prefecture is in the gazetteer: "Hội đồng tỉnh Kohara
  // Katsuji" names a person (family and given name), not an unknown province.
  const after = tokens[i + 1];
  if (prefix.level === 'province' && t.ascii && after?.ascii && isNameWord(after) && text.slice(t.end, after.start) === ' ') return null;
  let end = t.end;
  // Romanized names are one word or a hyphenated compound; Vietnamese ones usually two syllables.
  const next = tokens[i + 1];
  if (next && isNameWord(next)) {
    const sep = text.slice(t.end, next.start);
    if (sep === '-' || (!t.ascii && sep === ' ' && !next.ascii)) end = next.end;
  }
  const name = text.slice(t.start, end);
  const nameKey2 = slug(name).replace(/-/g, ' ');
  if (COUNTRIES.map.has(nameKey2)) return null;
  const country = countryAfter(text, end) ?? (/[^\x00-\x7F]/.test(name) ? 'VN' : null);
  const kind = (prefix.level === 'province' && country === 'JP' ? 'prefecture' : prefix.level) as LocalityKind;
  return mention({ id: `locality:${country ?? 'XX'}:${slug(name)}`, name, country, kind }, text, t.start, end, true, `pattern.${prefix.words.join('-')}`);
}
