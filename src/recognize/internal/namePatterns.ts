import type { CountryCode } from '../../types.js';
import { isSurname, isSurnameAsWritten } from './lexicons.js';
import type { NameWord } from './nameWords.js';
import { isChineseSurname } from './personLexicons.js';
import { isRomaji } from './romaji.js';

/** One way the press writes a person's name. The first pattern that matches a run wins. */
export interface NamePattern {
  reason: string;
  example: string;
  match: (words: NameWord[]) => boolean;
  /** Whether the name needs a title, an honorific or an occupation before it (or a title after it). */
  needsSupport: (words: NameWord[]) => boolean;
  country: (words: NameWord[]) => CountryCode | null;
}

const plain = (w: NameWord) => !w.hyphenated && !w.initial;
const isInitial = (w: NameWord) => w.initial;

export const NAME_PATTERNS: NamePattern[] = [
  {
    // Two capitalised syllables after a surname are often a phrase ("Đoàn Cấp cao"): a two-syllable
    // name needs a title or an honorific; three or four syllables stand on their own.
    reason: 'person.vn',
    example: 'Bộ trưởng Bộ Công Thương Trần Tuấn Anh phát biểu.',
    // Beside words with diacritics the surname must carry its own ("Thân", not "Than").
    match: (w) => w.length >= 2 && w.length <= 4 && w.every(plain) && isSurnameAsWritten(w[0]!) && w.some((x) => !x.ascii),
    needsSupport: (w) => w.length === 2,
    country: () => 'VN',
  },
  {
    reason: 'person.cn-sino-vietnamese',
    example: 'Tỉnh trưởng Vưu Quyền tiếp đoàn.',
    match: (w) => w.length >= 2 && w.length <= 3 && w.every(plain) && isChineseSurname(w[0]!),
    needsSupport: () => true,
    // Some of these surnames are also borne by Vietnamese ("Lô"): the title says the country.
    country: () => null,
  },
  {
    // "George W. Bush", "John F. Kennedy", "V. I. Lenin": initials mark a Western name.
    reason: 'person.initials',
    example: 'Tổng thống George W. Bush thăm Hà Nội.',
    match: (w) => w.length >= 2 && w.length <= 4 && w.every((x) => x.ascii) && !w[w.length - 1]!.initial
      && w[w.length - 1]!.text.length >= 3 && (
      (w.length >= 3 && !w[0]!.initial && w.slice(1, -1).every(isInitial))
      || (w.length >= 3 && w.slice(0, -1).every(isInitial))),
    needsSupport: () => false,
    country: () => null,
  },
  {
    // "Moon Jae-in", "Ban Ki-moon": a one-syllable surname and a hyphenated given name.
    reason: 'person.korean',
    example: 'Tổng thống Moon Jae-in phát biểu.',
    match: (w) => w.length === 2 && w[0]!.ascii && plain(w[0]!) && w[0]!.text.length <= 5 && w[1]!.hyphenated && w[1]!.ascii,
    needsSupport: () => false,
    country: () => null,
  },
  {
    reason: 'person.foreign',
    example: 'Thống đốc tỉnh Fukuoka Hattori Seitaro bày tỏ vui mừng.',
    // The family name is a word, not a letter: "anh N.B.A" hides a name.
    match: (w) => w.length >= 2 && w.length <= 4 && w.every((x) => x.ascii) && !w[w.length - 1]!.initial
      && w[w.length - 1]!.text.length >= 2,
    needsSupport: () => true,
    country: (w) => (w.every((x) => plain(x) && isRomaji(x.text)) ? 'JP' : null),
  },
  {
    // Vietnamese phonetic spellings of foreign names: "Phôn-cơ Vít-xing", "Ô-đay Su-đạ-phon".
    reason: 'person.transcribed',
    example: 'Bộ trưởng bang Rai-len Phan-xơ, ông Phôn-cơ Vít-xing phát biểu.',
    match: (w) => w.length >= 2 && w.length <= 4 && w.some((x) => x.hyphenated && !x.ascii) && !isSurname(w[0]!),
    needsSupport: () => true,
    country: () => null,
  },
];

export function matchName(words: NameWord[]): NamePattern | null {
  return NAME_PATTERNS.find((p) => p.match(words)) ?? null;
}
