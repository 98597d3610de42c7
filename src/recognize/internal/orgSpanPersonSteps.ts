import { COUNTRIES } from './lexicons.js';
import { isDomainWord, onlyTypeWords } from './orgNameWords.js';
import type { SpanStep } from './orgSpanStep.js';
import type { Token } from './tokenize.js';

/** Schools and hospitals are often named after a person: "Trường THPT Chu Văn An", "Bệnh viện Nguyễn Tri Phương". */
const NAMED_AFTER_PERSON = new Set(['truong', 'dai hoc', 'hoc vien', 'truong dai hoc', 'benh vien']);

/** Tokens [from, to) only say what kind of school it is: type words ("THPT") and domain words ("Y khoa", "Sư phạm"). */
function kindOnly(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k + 1 < to && isDomainWord(tokens[k]!, tokens[k + 1]!)) k += 2;
  return onlyTypeWords(tokens, k, to);
}

/** Steps on a person's name after the body: it ends the name, unless the body is named after that person. */
export const PERSON_STEPS: SpanStep[] = [
  {
    reason: 'org.span.named-after-person',
    example: 'Sinh viên Đại học Y khoa Phạm Ngọc Thạch tham gia.',
    apply: (ctx, s, t, sep) => {
      if (t.start !== s.personStart || sep !== ' ' || !NAMED_AFTER_PERSON.has(s.head.key)) return undefined;
      if (!kindOnly(ctx.tokens, s.i + s.head.words, s.j)) return undefined;
      const person = ctx.persons.find((p) => p.start === t.start)!;
      while (s.j < ctx.tokens.length && ctx.tokens[s.j]!.end <= person.end) s.j++;
      s.lastGood = s.j;
      s.named = true;
      return 'stop';
    },
  },
  {
    reason: 'org.span.person',
    example: 'Giám đốc Bệnh viện Đa khoa Bắc Kạn Trịnh Thị Lượng cho biết.',
    apply: (_c, s, t) => (t.start >= s.personStart ? 'stop' : undefined),
  },
  {
    reason: 'org.span.person-after-country',
    // A body named with its country ends there; foreign capitalised words after it are its officer's name.
    example: 'Thư ký Hội đồng An ninh Ukraine Rustem Umerov cho biết.',
    apply: (ctx, s, t, sep) => {
      const { tokens, text } = ctx, prev = tokens[s.j - 1]!, next = tokens[s.j + 1];
      if (sep !== ' ' || !t.cap || !t.ascii || t.upper || !next || !next.cap || !next.ascii || next.upper || prev.upper) return undefined;
      if (!/^[ -]$/.test(text.slice(t.end, next.start))) return undefined;
      const two = s.j > 1 ? `${tokens[s.j - 2]!.folded} ${prev.folded}` : '';
      // "Ủy ban châu Âu": a continent is written "châu" and a capital.
      const place = COUNTRIES.map.has(prev.folded) || COUNTRIES.map.has(two) || tokens[s.j - 2]?.text === 'châu';
      return place || ctx.localities.some((l) => l.end === prev.end) ? 'stop' : undefined;
    },
  },
];
