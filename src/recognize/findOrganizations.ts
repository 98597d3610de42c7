import { cleanLabel } from '../clean/cleanLabel.js';
import type { LocalityMention, OrganizationMention, PersonMention } from '../types.js';
import glued from './lexicon/org-glued-syllables.json' with { type: 'json' };
import breaks from './lexicon/name-breaks.json' with { type: 'json' };
import stopwords from './lexicon/org-stopwords.json' with { type: 'json' };
import { COUNTRIES, foldedKey, isOrgHeadForm, ORG_HEADS, phraseLengthsAt, TITLES } from './internal/lexicons.js';
import { HEAD_REJECTS } from './internal/orgHeadRejects.js';
import { allCaps, domainList, isDomainNoun, isDomainWord, pairKey } from './internal/orgNameWords.js';
import type { Token } from './internal/tokenize.js';

const STOP = new Set(stopwords);
/** Stop words that are also second syllables of name words ("Cộng đồng", "Xúc tiến"), unlike "đã" or "tại". */
const GLUED = new Set(glued);
const GOVERNMENT = new Set(['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'tinh uy', 'thanh uy', 'huyen uy', 'chinh quyen']);
const MAX_WORDS = 14;
/** Photo credits and sources glued after a name: "Bệnh viện Bạch Mai - Ảnh: BVCC". */
/** Sentence openers ("Trước", "Theo"): a headline run into the body ("Bộ Y tế khuyến cáo phòng ngừa Trước tình hình …"). */
const OPENERS = new Set(breaks.openers);
const OWNER_HEADS = new Set([...GOVERNMENT, 'quoc hoi', 'chinh phu', 'dang']);
/** "Chính phủ và Nhân dân", "Đảng và Nhà nước": "và" before the people or the state joins two parties ("Xã hội và Nhân văn" goes on). */
const PEOPLE_STATE = new Set(['nhan dan', 'nha nuoc']);
const NUMBERED = new Set(['quận', 'phường', 'Quận', 'Phường']);
const ADMIN_ABBR = new Set(['TP', 'Tp', 'TX', 'TT', 'Q']);
const CAPTION = new Set(['Ảnh', 'Nguồn', 'Video', 'Clip', 'Đồ']);

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
    // A head with small domain words only ("Bệnh viện đa khoa", "Công ty cổ phần") is no particular body either.
    let named = false;
    let paren = false;
    let beforeComma = -1;
    while (j < tokens.length && j - i < MAX_WORDS) {
      const t = tokens[j]!;
      if (t.start >= personStart) break;
      const sep = text.slice(tokens[j - 1]!.end, t.start);
      // "Bộ KH&ĐT", "Bộ LĐ-TB&XH": an ampersand joins the initials of a domain.
      if (sep === '&' && allCaps(tokens[j - 1]!) && allCaps(t)) { lastGood = ++j; named = true; continue; }
      // "Báo Gia đình & Xã hội": a spaced ampersand stands for "và" between domain words.
      if (sep === ' & ' && t.cap && tokens[j + 1] && isDomainWord(t, tokens[j + 1]!)) { lastGood = ++j; continue; }
      if (!/^(?: |-|–| - | – |, |\. |\.)$/.test(sep) && !/^ \($/.test(sep)) break;
      // "Sở Văn hóa, Thể thao và Du lịch": a comma inside a list of domain words that ends with "và".
      if ((sep === ', ' && t.cap && !domainList(tokens, j, text)) || sep === '. ') break;
      if (CAPTION.has(t.text) && text[t.end] === ':') break;
      // "Bộ Tổng tham mưu Nga - Trung tướng Sergey Rudskoi": across a spaced dash a title opens a person.
      if (sep.length === 3 && (TITLES.map.has(pairKey(tokens, j)) || TITLES.map.has(t.folded))) break;
      // "Đảng ủy - HĐND - UBND": across a spaced dash another head opens another body.
      if (sep.length === 3 && headAt(tokens, j, text)) break;
      // "UBND TP.Hà Nội": a dot after an abbreviated administrative word joins it to the place.
      // "HA.GL": a dot between capitals is inside one abbreviation.
      if (sep === '.' && !/^(?:TP|Tp|TX|TT)$/u.test(tokens[j - 1]!.text) && !(allCaps(tokens[j - 1]!) && allCaps(t))) break;
      if (sep === ' (' ) {
        if (t.upper && text[t.end] === ')') { j++; lastGood = j; paren = true; named = true; }
        break;
      }
      // "… Nhật Bản nói chung và tỉnh Bình Định": "và" before an administrative word joins two entities,
      // and so does "và" before another body ("Chính phủ và Nhân dân", "Đảng và Nhà nước").
      if (t.text === 'và' && (/^(?:tỉnh|thành|TP|huyện|quận|phủ)$/u.test(tokens[j + 1]?.text ?? '') || PEOPLE_STATE.has(pairKey(tokens, j + 1)))) break;
      if (t.text === 'và' && j + 1 < tokens.length && headAt(tokens, j + 1, text)) break;
      // "Liên minh châu Âu và Mỹ": "và" before a country or place joins two parties; before a small word
      // that is no domain word it goes on with a verb phrase ("Ban Thường vụ Quận ủy và giữ chức Bí thư").
      if (t.text === 'và' && !joinsAfterAnd(ctx, j + 1)) break;
      const prevGood = lastGood === j || j === i + head.words;
      // "Bộ Ngoại giao", "Ban Chỉ đạo Trung ương": a domain word's second syllable is written small.
      // So is a third syllable after a small second one: "Hội Chữ thập đỏ".
      if (!t.cap && sep === ' ' && lastGood === j && !tokens[j - 1]!.upper && isDomainWord(tokens[j - 1]!, t)
        && !ctx.localities.some((l) => l.end === tokens[j - 1]!.end && l.start < tokens[j - 1]!.start)) {
        lastGood = ++j;
        continue;
      }
      // "Sở Giao thông vận tải", "Phát triển nông thôn", "Sở Tài nguyên và môi trường": domain nouns written small.
      const next = tokens[j + 1];
      if (!t.cap && sep === ' ' && next && !next.cap && text.slice(t.end, next.start) === ' ' && isDomainNoun(t, next)
        && (prevGood ? !(tokens[j - 1]!.cap && endsName(ctx, j - 1)) : bridgesAnd(ctx, j, lastGood))) {
        j += 2;
        lastGood = j;
        continue;
      }
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
      // Another head opens another body, unless it is the council, party committee or parliament the first one
      // belongs to: "Ban Thường vụ Tỉnh ủy", "Ủy ban Thường vụ Quốc hội".
      const inner = t.cap && j > i + head.words && !t.upper ? headAt(tokens, j, text) : null;
      if (inner && !OWNER_HEADS.has(inner.key) && !ctx.localities.some((l) => l.start === t.start)) break;
      if (t.cap && OPENERS.has(t.text) && j > i + head.words && !tokens[j - 1]!.cap && !(tokens[j + 1] && isDomainWord(t, tokens[j + 1]!))) break;
      // "Văn phòng UBND quận 3": a district or ward numbered, not named.
      if (/^\d+$/.test(t.text) && sep === ' ' && NUMBERED.has(tokens[j - 1]!.text)) { lastGood = ++j; continue; }
      // "Trung tâm xúc tiến đầu tư, thương mại, du lịch thành phố Hà Nội": after a comma and small words only a place
      // may close the name, not a person ("Quỹ giải thưởng Booker, nhà văn, biên tập viên Justine Payton").
      if (sep === ', ' && !t.cap) beforeComma = lastGood;
      if (t.cap && beforeComma >= 0 && !ctx.localities.some((l) => l.start <= t.start && t.end <= l.end)) { lastGood = beforeComma; break; }
      j++;
      if (t.cap || ctx.localities.some((l) => l.end === t.end)) { lastGood = j; named = true; }
    }
    // "Chủ tịch UBND TP Nguyễn Đức Chung": an administrative abbreviation with no place after it names none.
    while (lastGood > i + head.words && ADMIN_ABBR.has(tokens[lastGood - 1]!.text)) lastGood--;
    if (lastGood <= i + head.words || !named) continue;
    // "tại Trung tâm Hà Nội", "Bưu điện Trung tâm Sài Gòn": the centre of a city, no body.
    if (head.key === 'trung tam' && ctx.localities.some((l) => l.start === tokens[i + head.words]!.start && l.end === tokens[lastGood - 1]!.end)) continue;
    const start = tokens[i]!.start, end = tokens[lastGood - 1]!.end;
    const raw = text.slice(start, end + (paren ? 1 : 0));
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

/** Token k completes a name of its own: a place, a country ("Việt Nam"), an acronym. */
function endsName(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.upper || ctx.localities.some((l) => l.end === t.end)) return true;
  // Countries are written with capitals: "Giáo dục" ends in no "Đức".
  if (!t.cap) return false;
  const two = k > 0 ? `${ctx.tokens[k - 1]!.folded} ${t.folded}` : '';
  return COUNTRIES.map.has(two) || COUNTRIES.map.has(t.folded);
}

function headAt(tokens: Token[], i: number, text: string): { key: string; words: number } | null {
  if (!tokens[i]!.cap) return null;
  for (const n of phraseLengthsAt(ORG_HEADS, tokens, i)) {
    const key = foldedKey(tokens, i, n);
    // Heads are capitalized words: "Hội" opens a name, "hội" (a meeting) does not.
    const written = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
    if (written[0] !== written[0]!.toUpperCase() || !isOrgHeadForm(written)) continue;
    if (HEAD_REJECTS.some((r) => r.rejects(tokens, i, n, key, text))) return null;
    return { key, words: n };
  }
  return null;
}

const ADMIN_WORDS = new Set(['tỉnh', 'thành', 'TP', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/**
 * Small domain noun at j, j+1 after "và" that closes the name ("Sở Tài nguyên và môi trường cho biết"),
 * not one that starts a phrase of its own ("Ngân hàng Nhà nước và chính sách tiền tệ").
 */
function bridgesAnd(ctx: Ctx, j: number, lastGood: number): boolean {
  if (ctx.tokens[j - 1]!.text !== 'và' || lastGood !== j - 1) return false;
  const a = ctx.tokens[j + 1]!, after = ctx.tokens[j + 2];
  if (!after || after.cap || ctx.text.slice(a.end, after.start) !== ' ') return true;
  return STOP.has(after.text) || ADMIN_WORDS.has(after.text);
}

/** The word at k may follow "và" inside a name: a domain word or an acronym, not a country, a place or a person. */
function joinsAfterAnd(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k], next = ctx.tokens[k + 1];
  if (!t) return false;
  if (!t.cap) return !!next && isDomainWord(t, next);
  // Capitals: an acronym ("NN và PTNT") or a domain word ("Kế hoạch và Đầu tư"), not "Quốc hội và Nghị quyết".
  return t.upper || (!!next && isDomainWord(t, next));
}
