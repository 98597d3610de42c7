import { MASK } from '../clean/maskSpam.js';
import type { CountryCode, LocalityKind, LocalityMention } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import { kindFit, type Prefix, type PrefixAt, prefixBefore } from './internal/adminPrefix.js';
import { oneTonePlacement } from './internal/fold.js';
import { COUNTRIES, foldedKey, phraseLengthsAt, TITLES } from './internal/lexicons.js';
import { placeIndex } from './internal/placeIndex.js';
import { resolveByParent } from './internal/resolveByParent.js';
import type { Token } from './internal/tokenize.js';
import { unknownPlace } from './internal/unknownPlace.js';
import clubWords from './lexicon/club-words.json' with { type: 'json' };
import eponymWords from './lexicon/eponym-words.json' with { type: 'json' };
import functionWords from './lexicon/name-function-words.json' with { type: 'json' };

const LOCAL = new Set(['district', 'town', 'commune']);
const PLURALS = new Set(functionWords.plurals);
/** "các thành phố Fairfax, Arlington, Loudoun", "2 xã An Sinh và Bình Khê": the administrative word covers the list. */
const opensList = (tokens: Token[], at: PrefixAt) => {
  const w = tokens[at.first - 1];
  return w !== undefined && (PLURALS.has(w.text.toLowerCase()) || /^\d+$/.test(w.text));
};
const LIST_GAP = /^(?:, | và |, và | hoặc )$/;
const MASKED = new RegExp(`(?<![\\p{L}])(tỉnh|thành phố|TP) ${MASK}`, 'giu');

/** Country named right after a place: "Izumisano (Nhật Bản)", "Yamaguchi, Nhật Bản". */
function countryAfter(text: string, end: number): CountryCode | null {
  const m = /^\s*[(,–-]\s*([\p{L} ]{2,20}?)\s*[),.;]/u.exec(text.slice(end, end + 30));
  if (!m) return null;
  return COUNTRIES.map.get(m[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')) ?? null;
}

/** Written forms of an entry: lowercase syllables, one tone placement. */
const syllables = (s: string) => s.normalize('NFC').toLowerCase().split(/[\s\-‐‑–]+/).filter(Boolean).map(oneTonePlacement);
const forms = new WeakMap<GazetteerEntry, string[][]>();
/**
 * Spelled as one of the entry's names, syllable by syllable; a syllable written without any mark
 * passes ("Krông Buk" is "Krông Búk"), a differently marked one does not ("Vân Diên" is not "Văn Điển").
 */
function writtenAs(e: GazetteerEntry, written: string): boolean {
  let f = forms.get(e);
  if (!f) forms.set(e, (f = [e.name, ...e.aliases].map(syllables)));
  const w = syllables(written);
  return f.some((n) => n.length === w.length && n.every((x, k) => x === w[k] || /^[a-z0-9']+$/.test(w[k]!)));
}

function choose(entries: GazetteerEntry[], prefix: Prefix | null, country: CountryCode | null, written: string): GazetteerEntry {
  // Places whose names differ only by diacritics are different places: keep those written as in the text.
  const exact = entries.length > 1 ? entries.filter((e) => writtenAs(e, written)) : [];
  const pool = exact.length > 0 ? exact : entries;
  const score = (e: GazetteerEntry) =>
    (country && e.country === country ? 8 : 0) + kindFit(prefix, e.kind) + (e.tier === 'major' ? 2 : 0) +
    (e.country === 'VN' || e.country === 'JP' ? 1 : 0);
  return [...pool].sort((a, b) => score(b) - score(a))[0]!;
}

const isNameWord = (t: Token) => t.cap && !t.upper && !/^\d/.test(t.text);
const joinedBySpace = (text: string, a: Token, b: Token) => /^(?: |-|–| - | – )$/.test(text.slice(a.end, b.start));
/** The next word of a name: capitalised (or a number) after a space or dash, any syllable after a hyphen ("Pê-téc-bua"). */
const continues = (text: string, a: Token, b: Token) => {
  const sep = text.slice(a.end, b.start);
  return sep === '.' || sep === '-' || ((b.cap || /^\d/.test(b.text)) && joinedBySpace(text, a, b));
};

const CLUB_BEFORE = new Set(clubWords.before);
const EPONYM_BEFORE = eponymWords.before;
/** A foreign city inside a club's or tournament's name ("Real Madrid", "Manchester United", "Paris Saint-Germain"). */
function inClubName(text: string, tokens: Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  // Also glued by a lost space: "vớiReal Madrid".
  const clubWord = (w: string) => CLUB_BEFORE.has(w) || clubWords.before.some((c) => w.endsWith(c) && /\p{Ll}/u.test(w[w.length - c.length - 1] ?? ''));
  if (prev && clubWord(prev.text) && text.slice(prev.end, tokens[first]!.start) === ' ') return true;
  const rest = text.slice(tokens[last]!.end, tokens[last]!.end + 16);
  return clubWords.after.some((w) => rest.startsWith(` ${w}`) && !/[\p{L}\p{N}]/u.test(rest[w.length + 1] ?? ''));
}

/** "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "tư tưởng Hồ Chí Minh": named after a person, not a place. */
function eponymAt(text: string, tokens: Token[], first: number): boolean {
  const before = text.slice(Math.max(0, tokens[first]!.start - 24), tokens[first]!.start);
  return EPONYM_BEFORE.some((w) => before.endsWith(` ${w} `) || before === `${w} `);
}

/** A title right before the administrative word ("Thị trưởng thành phố …"): a person's name may follow the place. */
function titledAt(tokens: Token[], first: number): boolean {
  let key = '';
  for (let n = 1; n <= TITLES.maxWords && first - n >= 0; n++) {
    key = tokens[first - n]!.folded + (n > 1 ? ' ' : '') + key;
    if (TITLES.map.has(key)) return true;
  }
  return false;
}

/** "AGR, BVS, HCM, SBS": an abbreviation among other capitalised codes of a comma list is a stock ticker, not a place. */
function inCodeList(text: string, tokens: Token[], i: number): boolean {
  const code = (k: number) => tokens[k]?.upper === true && /^[A-Z]+$/.test(tokens[k]!.text);
  const listed = (a: number, b: number) => code(a) && code(b) && text.slice(tokens[a]!.end, tokens[b]!.start) === ', ';
  return (listed(i - 2, i - 1) && listed(i - 1, i)) || (listed(i - 1, i) && listed(i, i + 1)) || (listed(i, i + 1) && listed(i + 1, i + 2));
}

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
  const index = placeIndex();
  const { byKey } = index;
  const found: LocalityMention[] = [];
  const minor: Array<{ m: LocalityMention }> = [];
  const alternatives = new Map<LocalityMention, GazetteerEntry[]>();
  let list = null as { at: PrefixAt; end: number } | null;
  const unknownAt = (i: number, before: PrefixAt) =>
    unknownPlace(text, tokens, i, before.prefix, titledAt(tokens, before.first), before.afterStop, (end) => countryAfter(text, end));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNameWord(t) && !(t.upper && t.text.length <= 4 && !inCodeList(text, tokens, i))) continue;
    let before = prefixBefore(text, tokens, i);
    if (!before && list && LIST_GAP.test(text.slice(list.end, t.start))) before = list.at;
    const prefix = before?.prefix ?? null;
    const found0 = found.length;
    let matched = false;
    for (const n of phraseLengthsAt(index, tokens, i)) {
      if (matched) break;
      const last = tokens[i + n - 1]!;
      let ok = true;
      for (let k = i + 1; k < i + n && ok; k++) ok = continues(text, tokens[k - 1]!, tokens[k]!);
      if (!ok) continue;
      const key = foldedKey(tokens, i, n);
      const written = text.slice(t.start, last.end);
      // Written with diacritics, a Vietnamese place (and any lone syllable) must be spelled as the place:
      // "Vân Diên" is not "Văn Điển", "Viện" (institute) is not "Viên".
      const strict = /[^\x00-\x7F]/.test(written);
      const entries = byKey.get(key)?.filter((e) => !strict || (n > 1 && e.country !== 'VN') || writtenAs(e, written));
      if (!entries?.length) continue;
      const country = countryAfter(text, last.end);
      const e = choose(entries, prefix, country, written);
      // "xã Phú Tân Đông": a known name that opens a longer one after a local administrative word is the longer one.
      const longer = e.tier === 'minor' && before && LOCAL.has(before.prefix.level) ? unknownAt(i, before) : null;
      if (longer && longer.end > last.end) break;
      const m = mention({ id: e.id, name: e.name, country: e.country, kind: e.kind }, text, t.start, last.end, prefix !== null, `gazetteer.${e.tier}`);
      const same = entries.filter((x) => x.country === e.country && x.tier === e.tier && writtenAs(x, written));
      if (same.length > 1) alternatives.set(m, same);
      if (e.tier === 'minor' && !prefix) minor.push({ m });
      else if (prefix || ((e.country === 'VN' || !inClubName(text, tokens, i, i + n - 1)) && !eponymAt(text, tokens, i))) found.push(m);
      i += n - 1;
      matched = true;
    }
    if (!matched && before?.prefix.opensUnknown && isNameWord(t)) {
      const u = unknownAt(i, before);
      if (u) {
        found.push(mention({ id: u.id, name: u.name, country: u.country, kind: u.kind }, text, u.start, u.end, true, `pattern.${before.prefix.words.join('-')}`));
        while (i + 1 < tokens.length && tokens[i + 1]!.end <= u.end) i++;
      }
    }
    const last = found.length > found0 ? found[found.length - 1]! : null;
    if (last && before && (before === list?.at || opensList(tokens, before))) list = { at: before, end: last.end };
  }
  for (const m of text.matchAll(MASKED)) {
    const at = m.index! + m[0].length - 1;
    const level = m[1]!.toLowerCase() === 'tỉnh' ? 'province' : 'city';
    found.push(mention({ id: `locality:masked:${level}`, name: MASK, country: null, kind: level }, text, at, at + 1, true, 'locality.masked'));
  }
  const resolved = resolveByParent(text, found, alternatives);
  // A municipality written bare counts once the article has introduced it with its administrative word.
  const introduced = new Set(resolved.filter((m) => m.prefixed).map((m) => m.id));
  for (const { m } of minor) {
    const id = [m.id, ...(alternatives.get(m) ?? []).map((e) => e.id)].find((x) => introduced.has(x));
    const e = id && id !== m.id ? alternatives.get(m)!.find((x) => x.id === id)! : null;
    if (id) resolved.push({ ...m, ...(e ? { id: e.id, name: e.name, country: e.country, kind: e.kind } : {}), reason: 'gazetteer.minor-repeat' });
  }
  return resolved.sort((a, b) => a.start - b.start);
}
