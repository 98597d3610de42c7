import { COUNTRIES, isSurnameAsWritten, type PhraseIndex } from './lexicons.js';
import { HEAD_IN_NAMES, isDomainWord, PLACE_WORDS, makesOtherNoun } from './orgNameWords.js';
import type { Token } from './tokenize.js';

interface HeadReject {
  reason: string;
  example: string;
  /** The head of `words` tokens at i (key: its folded form) opens no body. */
  rejects(tokens: Token[], i: number, words: number, key: string, text: string): boolean;
}

/** Sentence-opening words that are also surnames: "Từ Bộ Công an, …" is "from". */
const OPENERS = new Set(['Từ', 'Ông', 'Cao', 'Cung']);

/** Some phrase of the index covers token i ("Nam Trung Bộ" covers "Bộ"). */
function covered(index: PhraseIndex<unknown>, tokens: Token[], i: number): boolean {
  for (let s = Math.max(0, i - index.maxWords + 1); s <= i; s++) {
    let key = '';
    for (let e = s; e < Math.min(tokens.length, s + index.maxWords); e++) {
      key += (e > s ? ' ' : '') + tokens[e]!.folded;
      if (e >= i && index.map.has(key)) return true;
    }
  }
  return false;
}

/** Why a capitalised head word names no body here; checked only where a head was found. */
export const HEAD_REJECTS: HeadReject[] = [
  {
    reason: 'org.not.person-word',
    example: 'Bộ trưởng Ngoại giao Mỹ phát biểu.',
    rejects: (tokens, i, words) => /^(?:trưởng|viên|phó)$/u.test(tokens[i + words]?.text ?? ''),
  },
  {
    reason: 'org.not.other-noun',
    example: 'Điều 202 Bộ Luật hình sự quy định …',
    rejects: (tokens, i, words, key) => makesOtherNoun(key, tokens[i + words]),
  },
  {
    reason: 'org.not.inside-name',
    example: 'thi đấu cờ người khu vực duyên hải Nam Trung Bộ và Tây Nguyên',
    rejects: (tokens, i) => covered(HEAD_IN_NAMES, tokens, i),
  },
  {
    reason: 'org.not.inside-country',
    example: 'đội bóng Hoàng gia Tây Ban Nha theo đuổi',
    rejects: (tokens, i) => covered(COUNTRIES, tokens, i),
  },
  {
    reason: 'org.not.after-place-word',
    example: 'cả hai đều trú phường Trường An, quận Thuận Hóa',
    // …unless a capitalised domain word follows the head: "sáp nhập tỉnh Ban Tổ chức Trung ương", a headline run into the body.
    rejects: (tokens, i, words, _k, text) => {
      if (i === 0 || text.slice(tokens[i - 1]!.end, tokens[i]!.start) !== ' ' || !PLACE_WORDS.has(tokens[i - 1]!.text)) return false;
      const a = tokens[i + words], b = tokens[i + words + 1];
      return !(a?.cap && b && isDomainWord(a, b));
    },
  },
  {
    reason: 'org.not.in-person-name',
    example: 'thì Dương Trường Sang (30 tuổi), bạn cùng xã',
    rejects: (tokens, i, words, _k, text) => {
      const s = tokens[i - 1], before = tokens[i - 2], next = tokens[i + words];
      if (!s || !before || !next || before.cap || !next.cap || OPENERS.has(s.text) || !isSurnameAsWritten(s)) return false;
      return text.slice(before.end, s.start) === ' ' && text.slice(s.end, tokens[i]!.start) === ' ' && text.slice(tokens[i + words - 1]!.end, next.start) === ' ';
    },
  },
  {
    reason: 'org.not.law-name',
    example: 'triển khai kịp thời Luật Tổ chức chính quyền địa phương',
    rejects: (tokens, i) => /^(?:Luật|luật)$/u.test(tokens[i - 1]?.text ?? ''),
  },
  {
    reason: 'org.not.caps-word',
    example: 'Ảnh: MẬU TRƯỜNG Bộ Xây dựng đã phê duyệt',
    rejects: (tokens, i, words) => words === 1 && tokens[i]!.upper && tokens[i]!.text.length > 4,
  },
];
