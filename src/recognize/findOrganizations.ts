import { cleanLabel } from '../clean/cleanLabel.js';
import type { LocalityMention, OrganizationMention, PersonMention } from '../types.js';
import glued from './lexicon/org-glued-syllables.json' with { type: 'json' };
import stopwords from './lexicon/org-stopwords.json' with { type: 'json' };
import { COUNTRIES, ORG_HEADS, isOrgHeadForm } from './internal/lexicons.js';
import type { Token } from './internal/tokenize.js';

const STOP = new Set(stopwords);
/** Stop words that are also second syllables of name words ("Cộng đồng", "Xúc tiến"), unlike "đã" or "tại". */
const GLUED = new Set(glued);
const GOVERNMENT = new Set(['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'tinh uy', 'thanh uy', 'huyen uy', 'chinh quyen']);
const MAX_WORDS = 14;

interface Ctx {
  text: string;
  tokens: Token[];
  persons: PersonMention[];
  localities: LocalityMention[];
}

/**
 * Organizations: a capitalized head word ("UBND", "Hội", "Tập đoàn", "Đại sứ quán") and the
 * words that name it, up to a verb-like stop word, punctuation or a person's name; trimmed back
 * to its last capitalized word or place ("Trung tâm xúc tiến đầu tư, thương mại, du lịch thành phố Hà Nội").
 */
export function findOrganizations(ctx: Ctx): OrganizationMention[] {
  const { text, tokens } = ctx;
  const out: OrganizationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i, text);
    if (!head || inDocumentNumber(text, tokens[i]!.start)) continue;
    const personStart = ctx.persons.find((p) => p.start >= tokens[i]!.end)?.start ?? Infinity;
    let j = i + head.words;
    // A head alone ("UBND", "Chính phủ", "Trung tâm") names no particular body.
    let lastGood = -1;
    while (j < tokens.length && j - i < MAX_WORDS) {
      const t = tokens[j]!;
      if (t.start >= personStart) break;
      const sep = text.slice(tokens[j - 1]!.end, t.start);
      if (!/^(?: |-|–| - | – |, |\. |\.)$/.test(sep) && !/^ \($/.test(sep)) break;
      if ((sep === ', ' && t.cap) || sep === '. ') break;
      // "UBND TP.Hà Nội": a dot after an abbreviated administrative word joins it to the place.
      if (sep === '.' && !/^(?:TP|Tp|TX|TT)$/u.test(tokens[j - 1]!.text)) break;
      if (sep === ' (' ) {
        if (t.upper && text[t.end] === ')') { j++; lastGood = j; }
        break;
      }
      // "… Nhật Bản nói chung và tỉnh Bình Định": "và" before an administrative word joins two entities,
      // and so does "và" before another body ("Chính phủ và Nhân dân", "Đảng và Nhà nước").
      if (t.text === 'và' && /^(?:tỉnh|thành|TP|huyện|quận|phủ|Nhân|Nhà|nhân)$/u.test(tokens[j + 1]?.text ?? '')) break;
      if (t.text === 'và' && j + 1 < tokens.length && headAt(tokens, j + 1, text)) break;
      // A name that ends in a place or country goes on only with "tại <place>": "Đại sứ quán Việt Nam tại Nhật Bản".
      if (!t.cap && !tokens[j - 1]!.upper && endsName(ctx, j - 1) && !(t.text === 'tại' && tokens[j + 1]?.cap)) break;
      if (!t.cap && STOP.has(t.text.toLowerCase())) {
        // "Diễn đàn Cộng đồng", "Tổ chức Xúc tiến Thương mại": a stop word glued to a capital is that word's second syllable.
        if (sep === ' ' && lastGood === j && tokens[j - 1]!.cap && GLUED.has(t.text.toLowerCase()) && !endsName(ctx, j - 1)) {
          // …when the name goes on with a capital; before small words ("Cộng đồng doanh nghiệp") it is cut, so dropped.
          if (tokens[j + 1]?.cap && text.slice(t.end, tokens[j + 1]!.start) === ' ') { lastGood = ++j; continue; }
          lastGood = j - 1;
        }
        break;
      }
      if (t.cap && headAt(tokens, j, text) && j > i + head.words && !t.upper && !ctx.localities.some((l) => l.start === t.start)) break;
      j++;
      if (t.cap || ctx.localities.some((l) => l.end === t.end)) lastGood = j;
      // "Bộ Chính trị", "Ban Kinh tế Trung ương": a capitalised word's second syllable is written small.
      else if (lastGood === j - 1 && sep === ' ' && secondSyllable(ctx, j - 2, t)) lastGood = j;
    }
    if (lastGood <= i + head.words) continue;
    const start = tokens[i]!.start, end = tokens[lastGood - 1]!.end;
    const raw = text.slice(start, end + (text[end] === ')' ? 1 : 0));
    const acronym = /\(([\p{Lu}\d]{2,})\)$/u.exec(raw);
    const name = cleanLabel(acronym ? raw.slice(0, acronym.index) : raw);
    const locs = ctx.localities.filter((l) => l.start >= start && l.end <= end);
    out.push({
      type: 'Organization', start, end: start + raw.length, text: raw, name, reason: `org.head.${head.key.replace(/ /g, '-')}`,
      aliases: acronym ? [acronym[1]!] : [], locality: locs[locs.length - 1]?.id ?? null, government: GOVERNMENT.has(head.key),
    });
    i = lastGood - 1;
  }
  return out;
}

/** "Công văn số 8017/UBND-QLĐTh", "Quyết định 123/QĐ-UBND": the issuer's code in a document number names no body. */
function inDocumentNumber(text: string, start: number): boolean {
  if (start === 0 || text[start - 1] === ' ') return false;
  return /\d\/[\p{L}\d.-]*$/u.test(text.slice(text.lastIndexOf(' ', start - 1) + 1, start));
}

/** One Vietnamese syllable: onset, vowels, coda ("Kinh", "trị", "ương"); "Sumitomo" is not one. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Token t, small, is the second syllable of the capitalised Vietnamese word at k ("Chính trị"), not a next word. */
function secondSyllable(ctx: Ctx, k: number, t: Token): boolean {
  const prev = ctx.tokens[k];
  if (!prev || !prev.cap || prev.upper || !SYLLABLE.test(prev.folded.toLowerCase()) || !SYLLABLE.test(t.folded.toLowerCase())) return false;
  if (ctx.tokens[k - 1] && !ctx.tokens[k - 1]!.cap) return false;
  return !endsName(ctx, k) && !ctx.localities.some((l) => l.start <= prev.start && prev.end <= l.end);
}

/** Token k completes a name of its own: a place, a country ("Việt Nam"), an acronym. */
function endsName(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.upper || ctx.localities.some((l) => l.end === t.end)) return true;
  const two = k > 0 ? `${ctx.tokens[k - 1]!.folded} ${t.folded}` : '';
  return COUNTRIES.map.has(two) || COUNTRIES.map.has(t.folded);
}

function headAt(tokens: Token[], i: number, text: string): { key: string; words: number } | null {
  if (!tokens[i]!.cap) return null;
  for (let n = Math.min(ORG_HEADS.maxWords, tokens.length - i); n >= 1; n--) {
    let key = '';
    for (let k = i; k < i + n; k++) key += (k > i ? ' ' : '') + tokens[k]!.folded;
    if (!ORG_HEADS.map.has(key)) continue;
    // Heads are capitalized words: "Hội" opens a name, "hội" (a meeting) does not.
    const written = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
    // "Bộ trưởng", "Hội viên", "Đảng viên" are people, not bodies.
    if (/^(?:trưởng|viên|phó)$/u.test(tokens[i + n]?.text ?? '')) return null;
    if (written[0] === written[0]!.toUpperCase() && isOrgHeadForm(written)) return { key, words: n };
  }
  return null;
}
