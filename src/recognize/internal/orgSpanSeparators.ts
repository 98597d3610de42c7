import { TITLES } from './lexicons.js';
import { headAt } from './orgHead.js';
import { allCaps, domainList, isDomainWord, pairKey } from './orgNameWords.js';
import { endsName, joinsAfterAnd } from './orgSpanWords.js';
import { take, type SpanStep } from './orgSpanStep.js';

const CAPTION = new Set(['Ảnh', 'Nguồn', 'Video', 'Clip', 'Đồ']);
/** "Chính phủ và Nhân dân", "Đảng và Nhà nước": "và" before the people or the state joins two parties. */
const PEOPLE_STATE = new Set(['nhan dan', 'nha nuoc']);
const AND_ADMIN = new Set(['tỉnh', 'thành', 'TP', 'huyện', 'quận', 'phủ']);
const SEPARATORS = new Set([' ', '-', '–', ' - ', ' – ', ', ', '. ', '.', ' (']);
const ADMIN_DOT = new Set(['TP', 'Tp', 'TX', 'TT']);
/** Words that open an address: "Trường tiểu học Kim Đồng, xã Ea Tu" is the school, then where it is. */
const ADDRESS = new Set(['xã', 'phường', 'huyện', 'tỉnh', 'quận', 'thị', 'thành', 'TP', 'Tp', 'TX', 'thôn', 'ấp', 'khu', 'tổ', 'số', 'đường']);

/** Steps on the separator before a word: ampersands, commas, dashes, dots, brackets, "và". */
export const SEPARATOR_STEPS: SpanStep[] = [
  {
    reason: 'org.span.ampersand-initials',
    example: 'Qua kiểm tra, Bộ KH&ĐT đã đề nghị.',
    apply: (ctx, s, t, sep) => {
      if (sep !== '&' || !allCaps(ctx.tokens[s.j - 1]!) || !allCaps(t)) return undefined;
      s.named = true;
      return take(s);
    },
  },
  {
    reason: 'org.span.ampersand-and',
    example: 'Trò chuyện với PV Báo Gia đình & Xã hội, Phúc chia sẻ.',
    apply: (ctx, s, t, sep) => {
      const next = ctx.tokens[s.j + 1];
      return sep === ' & ' && t.cap && next && isDomainWord(t, next) ? take(s) : undefined;
    },
  },
  {
    reason: 'org.span.separator',
    example: 'Tại Bệnh viện Bạch Mai: bệnh nhân được chăm sóc.',
    apply: (_c, _s, _t, sep) => (SEPARATORS.has(sep) ? undefined : 'stop'),
  },
  {
    reason: 'org.span.comma',
    example: 'Sở Y tế, Sở Tài chính họp.',
    // "Sở Văn hóa, Thể thao và Du lịch": a comma inside a list of domain words that ends with "và" goes on, unless the name
    // already ended in a place or acronym ("Ngân hàng Nhà nước VN, Tài nguyên và Môi trường" lists other ministries).
    apply: (ctx, s, t, sep) => {
      if (sep === '. ') return 'stop';
      if (sep !== ', ' || !t.cap) return undefined;
      return endsName(ctx, s.j - 1) || !domainList(ctx.tokens, s.j, ctx.text) ? 'stop' : undefined;
    },
  },
  {
    reason: 'org.span.comma-address',
    example: 'Vụ đuối nước xảy ra tại hồ của Công ty Cà phê Ia Sao 2, xã Ia Sao, huyện Ia Grai.',
    apply: (_c, _s, t, sep) => (sep === ', ' && ADDRESS.has(t.text) ? 'stop' : undefined),
  },
  {
    reason: 'org.span.caption',
    example: 'Tại Bệnh viện Bạch Mai - Ảnh: BVCC',
    apply: (ctx, _s, t) => (CAPTION.has(t.text) && ctx.text[t.end] === ':' ? 'stop' : undefined),
  },
  {
    reason: 'org.span.dash-title',
    example: 'Đại diện Bộ Tổng tham mưu Nga - Trung tướng Sergey Rudskoi thông báo.',
    apply: (ctx, s, t, sep) => (sep.length === 3 && (TITLES.map.has(pairKey(ctx.tokens, s.j)) || TITLES.map.has(t.folded)) ? 'stop' : undefined),
  },
  {
    reason: 'org.span.dash-head',
    example: 'Đảng ủy - HĐND - UBND xã cùng họp.',
    apply: (ctx, s, _t, sep) => (sep.length === 3 && headAt(ctx.tokens, s.j, ctx.text) ? 'stop' : undefined),
  },
  {
    reason: 'org.span.dot',
    // "UBND TP.Hà Nội": a dot after an abbreviated administrative word joins it to the place; "HA.GL": one abbreviation.
    example: 'Hai tiền vệ xuất thân từ Học viện bóng đá HA.GL-Arsenal-JMG, Lương Xuân Trường.',
    apply: (ctx, s, t, sep) => {
      const prev = ctx.tokens[s.j - 1]!;
      return sep === '.' && !ADMIN_DOT.has(prev.text) && !(allCaps(prev) && allCaps(t)) ? 'stop' : undefined;
    },
  },
  {
    reason: 'org.span.bracket',
    example: 'Theo Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) cho biết.',
    apply: (ctx, s, t, sep) => {
      if (sep !== ' (') return undefined;
      if (t.upper && ctx.text[t.end] === ')') { take(s); s.paren = true; s.named = true; }
      return 'stop';
    },
  },
  {
    reason: 'org.span.and-other-party',
    // "và" before an administrative word, the people or the state, another head, a country or a verb phrase joins two parties.
    example: 'Chứng nhận được Liên minh châu Âu và Mỹ cấp.',
    apply: (ctx, s, t) => {
      if (t.text !== 'và') return undefined;
      const k = s.j + 1;
      // "Lương Xuân Trường và HLV Choi": "và" and an abbreviation right after a bare head join two parties
      // ("Phòng Thương mại và Công nghiệp" goes on with a domain word).
      if (s.j === s.i + s.head.words && ctx.tokens[k]?.upper) return 'stop';
      if (AND_ADMIN.has(ctx.tokens[k]?.text ?? '') || PEOPLE_STATE.has(pairKey(ctx.tokens, k))) return 'stop';
      if (k < ctx.tokens.length && headAt(ctx.tokens, k, ctx.text)) return 'stop';
      return joinsAfterAnd(ctx, k) ? undefined : 'stop';
    },
  },
];
