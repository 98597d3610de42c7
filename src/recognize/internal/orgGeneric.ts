import { COUNTRIES } from './lexicons.js';
import type { OrgCtx, OrgHead } from './orgHead.js';
import { isDomainWord, onlyTypeWords } from './orgNameWords.js';
import { isPluralClass } from './orgPluralClass.js';

interface GenericReject {
  reason: string;
  example: string;
  /** The name of tokens [i, end) with this head says what kind of body it is, naming none. */
  rejects(ctx: OrgCtx, i: number, head: OrgHead, end: number): boolean;
}

const CITY_WORDS = new Set(['TP', 'Tp', 'thành', 'phố', 'tỉnh', 'thị', 'xã', 'huyện', 'quận']);
/** Companies are named by a brand: "Công ty Hàn Quốc" is a Korean company. */
const COMPANY_HEADS = new Set(['cong ty', 'hang', 'tap doan']);

/** Tokens [from, to) are small words and one country ("máy bay Trung Quốc"). */
function countryOnly(ctx: OrgCtx, from: number, to: number): boolean {
  const { tokens } = ctx;
  let k = from;
  while (k < to && !tokens[k]!.cap) k++;
  const rest = to - k;
  if (rest === 1) return COUNTRIES.map.has(tokens[k]!.folded);
  return rest === 2 && COUNTRIES.map.has(`${tokens[k]!.folded} ${tokens[k + 1]!.folded}`);
}

export const GENERIC_REJECTS: GenericReject[] = [
  {
    reason: 'org.generic.type-words',
    example: 'Em học ở Trường Tiểu học gần nhà.',
    rejects: (ctx, i, head, end) => onlyTypeWords(ctx.tokens, i + head.words, end),
  },
  {
    reason: 'org.generic.plural',
    example: 'Họ bán hàng cho các Cơ quan chính phủ Mỹ.',
    rejects: (ctx, i, head, end) => isPluralClass(ctx, i, i + head.words, end),
  },
  {
    reason: 'org.generic.city-centre',
    // "tại Trung tâm Hà Nội", "về Trung tâm TP Hà Nội": the centre of a city, no body.
    example: 'Cửa hàng rộng 1.500 m2 tại Trung tâm Hà Nội.',
    rejects: (ctx, i, head, end) => {
      if (head.key !== 'trung tam') return false;
      let k = i + head.words;
      while (k < end && CITY_WORDS.has(ctx.tokens[k]!.text)) k++;
      return k < end && ctx.localities.some((l) => l.start === ctx.tokens[k]!.start && l.end === ctx.tokens[end - 1]!.end);
    },
  },
  {
    reason: 'org.generic.nationality',
    example: 'Công ty Hàn Quốc cũng đứng số một về thương hiệu.',
    rejects: (ctx, i, head, end) => COMPANY_HEADS.has(head.key) && countryOnly(ctx, i + head.words, end),
  },
  {
    reason: 'org.generic.agency',
    // "Cơ quan BHXH", "Cơ quan Thuế": the agency of a field, no particular one.
    example: 'Cơ quan BHXH lưu ý việc xác minh.',
    rejects: (ctx, i, head, end) => {
      if (head.key !== 'co quan') return false;
      const a = ctx.tokens[i + head.words]!, n = end - i - head.words;
      return (n === 1 && (a.upper || a.cap)) || (n === 2 && isDomainWord(a, ctx.tokens[i + head.words + 1]!));
    },
  },
];
