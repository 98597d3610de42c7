import breaks from '../lexicon/name-breaks.json' with { type: 'json' };
import { headAt } from './orgHead.js';
import { continuesDomain, isDomainNoun, isDomainWord, onlyTypeWords } from './orgNameWords.js';
import { bridgesAnd, endsName, GLUED, isNameNumber, STOP } from './orgSpanWords.js';
import { take, type SpanStep } from './orgSpanStep.js';

/** Sentence openers ("Trước", "Theo"): a headline run into the body. */
const OPENERS = new Set(breaks.openers);
/** The council, party committee or parliament a body belongs to: "Ban Thường vụ Tỉnh ủy", "Ủy ban Thường vụ Quốc hội". */
const OWNER_HEADS = new Set(['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'tinh uy', 'thanh uy', 'huyen uy', 'chinh quyen', 'quoc hoi', 'chinh phu', 'dang']);
const NUMBERED = new Set(['quận', 'phường', 'Quận', 'Phường']);
const FUNCTION_CAPS = new Set(['Các', 'Những', 'Số']);

/** Steps on the word itself: domain words written small, stop words, other heads, places. */
export const WORD_STEPS: SpanStep[] = [
  {
    reason: 'org.span.compound',
    example: 'Cơ quan Cảnh sát điều tra Công an tỉnh Ninh Thuận đã khởi tố vụ án.',
    apply: (ctx, s, t, sep) => {
      const { tokens, text } = ctx, j = s.j, next = tokens[j + 1];
      if (t.cap || sep !== ' ' || s.lastGood !== j || j < 2 || !next || next.cap || text.slice(t.end, next.start) !== ' ') return undefined;
      return continuesDomain(tokens[j - 2]!, tokens[j - 1]!, t, next) ? take(s, 2) : undefined;
    },
  },
  {
    reason: 'org.span.number',
    example: 'Gia đình đưa bé đến Bệnh viện Nhi đồng 1 (TP.HCM) để khám.',
    apply: (ctx, s) => {
      if (s.lastGood !== s.j || !isNameNumber(ctx, s.j)) return undefined;
      s.named = true;
      return take(s);
    },
  },
  {
    reason: 'org.span.small-syllable',
    // A domain word's second syllable is written small; so is a third after a small second one ("Hội Chữ thập đỏ").
    example: 'Phát ngôn viên Bộ Ngoại giao Trung Quốc cho biết.',
    apply: (ctx, s, t, sep) => {
      const prev = ctx.tokens[s.j - 1]!;
      if (t.cap || sep !== ' ' || s.lastGood !== s.j || prev.upper || !isDomainWord(prev, t)) return undefined;
      return ctx.localities.some((l) => l.end === prev.end && l.start < prev.start) ? undefined : take(s);
    },
  },
  {
    reason: 'org.span.small-domain-noun',
    example: 'Lãnh đạo Sở Giao thông vận tải sẽ làm việc.',
    apply: (ctx, s, t, sep) => {
      const { tokens, text } = ctx, j = s.j, next = tokens[j + 1];
      if (t.cap || sep !== ' ' || !next || next.cap || text.slice(t.end, next.start) !== ' ' || !isDomainNoun(t, next)) return undefined;
      const prevGood = s.lastGood === j || j === s.i + s.head.words;
      const ok = prevGood ? !(tokens[j - 1]!.cap && endsName(ctx, j - 1)) : bridgesAnd(ctx, j, s.lastGood);
      return ok ? take(s, 2) : undefined;
    },
  },
  {
    reason: 'org.span.after-place',
    // A name that ends in a place or country goes on only with "tại <place>".
    example: 'Đại diện Lãnh sự quán Việt Nam tại Fukuoka phát biểu.',
    apply: (ctx, s, t) => {
      const j = s.j;
      if (t.cap || ctx.tokens[j - 1]!.upper || !endsName(ctx, j - 1)) return undefined;
      return t.text === 'tại' && ctx.tokens[j + 1]?.cap ? undefined : 'stop';
    },
  },
  {
    reason: 'org.span.stop-word',
    // "Diễn đàn Cộng đồng": a stop word glued to a capital is that word's second syllable when a capital follows;
    // before small words ("Cộng đồng doanh nghiệp") the name is cut there, so the capital is dropped; not after another
    // capital, which it ends ("Tập đoàn Vinacontrol Quy Nhơn làm thành viên").
    example: 'Tổ chức Xúc tiến Thương mại Nhật Bản cho biết.',
    apply: (ctx, s, t, sep) => {
      if (t.cap || !STOP.has(t.text.toLowerCase())) return undefined;
      const { tokens, text } = ctx, j = s.j;
      if (sep === ' ' && s.lastGood === j && tokens[j - 1]!.cap && GLUED.has(t.text.toLowerCase()) && !endsName(ctx, j - 1)) {
        if (tokens[j + 1]?.cap && text.slice(t.end, tokens[j + 1]!.start) === ' ') return take(s);
        if (!tokens[j - 2]!.cap || j - 2 < s.i + s.head.words) s.lastGood = j - 1;
      }
      return 'stop';
    },
  },
  {
    reason: 'org.span.head-after-head',
    // A body's office or board right before another head of several words reads that head whole ("Cơ quan", not "Cơ").
    example: 'Anh thuộc Văn phòng Cơ quan cảnh sát điều tra Bộ Công an.',
    apply: (ctx, s, t) => {
      if (!t.cap || s.j !== s.i + s.head.words) return undefined;
      const inner = headAt(ctx.tokens, s.j, ctx.text);
      if (!inner || inner.words < 2) return undefined;
      // "Văn phòng Chính phủ": the government or parliament it serves names it.
      if (OWNER_HEADS.has(inner.key)) s.named = true;
      return take(s, inner.words);
    },
  },
  {
    reason: 'org.span.other-head',
    // …unless the name so far only says what kind of unit it is: "Cơ quan Cảnh sát điều tra Bộ Công an" is the ministry's.
    example: 'Bộ Tài chính Ngân hàng Nhà nước cùng họp.',
    apply: (ctx, s, t) => {
      const inner = t.cap && s.j > s.i + s.head.words && !t.upper ? headAt(ctx.tokens, s.j, ctx.text) : null;
      if (!inner || OWNER_HEADS.has(inner.key) || ctx.localities.some((l) => l.start === t.start)) return undefined;
      return onlyTypeWords(ctx.tokens, s.i + s.head.words, s.j) ? undefined : 'stop';
    },
  },
  {
    reason: 'org.span.opener',
    example: 'Số ca tăng nhẹ, Bộ Y tế khuyến cáo phòng ngừa Trước tình hình số ca tăng.',
    apply: (ctx, s, t) => {
      const { tokens } = ctx, next = tokens[s.j + 1];
      if (!t.cap || !OPENERS.has(t.text) || s.j <= s.i + s.head.words || tokens[s.j - 1]!.cap) return undefined;
      return next && isDomainWord(t, next) ? undefined : 'stop';
    },
  },
  {
    reason: 'org.span.function-word',
    // "Các", "Những" written with a capital in a translated name mark a plural noun phrase the name does not end with;
    // "Số" opens a document's number ("UBND tỉnh Thanh Hóa Số 35/QĐ").
    example: 'Trong đó có Ủy ban Các vấn đề nhà nước của Triều Tiên.',
    apply: (_c, _s, t) => (FUNCTION_CAPS.has(t.text) ? 'stop' : undefined),
  },
  {
    reason: 'org.span.numbered-district',
    example: 'Đại diện Văn phòng UBND quận 3 cho biết.',
    apply: (ctx, s, t, sep) => (/^\d+$/.test(t.text) && sep === ' ' && NUMBERED.has(ctx.tokens[s.j - 1]!.text) ? take(s) : undefined),
  },
  {
    reason: 'org.span.after-comma',
    // After a comma and small words only a place may close the name, not a person.
    example: 'Trên trang của Quỹ giải thưởng Booker, nhà văn, biên tập viên Justine Payton cho biết.',
    apply: (ctx, s, t, sep) => {
      if (sep === ', ' && !t.cap) s.beforeComma = s.lastGood;
      if (!t.cap || s.beforeComma < 0 || ctx.localities.some((l) => l.start <= t.start && t.end <= l.end)) return undefined;
      s.lastGood = s.beforeComma;
      return 'stop';
    },
  },
];
