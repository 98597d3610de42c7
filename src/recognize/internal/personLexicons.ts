import canChi from '../lexicon/can-chi.json' with { type: 'json' };
import cnSurnames from '../lexicon/cn-surnames.json' with { type: 'json' };
import koSurnames from '../lexicon/ko-surnames.json' with { type: 'json' };
import epithets from '../lexicon/epithets.json' with { type: 'json' };
import namedAfter from '../lexicon/named-after.json' with { type: 'json' };
import orgNameWords from '../lexicon/org-name-words.json' with { type: 'json' };
import placeUnits from '../lexicon/place-units.json' with { type: 'json' };
import stageCues from '../lexicon/stage-cues.json' with { type: 'json' };
import { nameKey } from './fold.js';

/** Phrases matched on their written words, lower-cased; the longest phrase length in words. */
export interface WrittenPhrases {
  set: Set<string>;
  maxWords: number;
  /** Last words of the phrases, folded: most tokens end none, and the check is one lookup. */
  lastWords: Set<string>;
}

function written(phrases: string[]): WrittenPhrases {
  const set = new Set(phrases.map((p) => p.toLowerCase()));
  const lastWords = new Set(phrases.map((p) => nameKey(p).split(' ').pop()!));
  return { set, maxWords: Math.max(...phrases.map((p) => p.split(' ').length)), lastWords };
}

/**
 * Chinese surnames in Sino-Vietnamese reading that are not also common Vietnamese surnames
 * (those are in vn-surnames.json). Matched as written: "Tập" (习), not "tập" (a volume).
 */
const CN_SURNAMES = new Set(cnSurnames);
export function isChineseSurname(word: { text: string }): boolean {
  return CN_SURNAMES.has(word.text);
}

/** Korean surnames in romanization ("Park Won Soon" is three words). */
const KO_SURNAMES = new Set(koSurnames);
export function isKoreanSurname(word: { text: string }): boolean {
  return KO_SURNAMES.has(word.text);
}

/** Nouns after which a person's name names a street, school, prize, song… ("đường Lý Thường Kiệt"). */
export const NAMED_AFTER = written(namedAfter);
/** Occupations before a stage or pen name ("ca sĩ Mỹ Linh", "NSND Trọng Tấn"). */
export const STAGE_CUES = written(stageCues);
/** Administrative nouns: the words right after them name a place ("bang Virginia …"). */
export const PLACE_UNITS = written(placeUnits);
/** Words of company and venue names: a run holding one is not a person ("Jetstar Pacific"). */
export const ORG_NAME_WORDS = new Set(orgNameWords.map((w) => nameKey(w)));
/** Fixed epithets of historic persons ("Bác Hồ" → Hồ Chí Minh), matched as written. */
export const EPITHETS = epithets;

/** Honorifics written inside a run of capitals ("Trung Quốc Ông Jack Ma", "Samdech Hun Sen"). */
export const RUN_HONORIFICS = new Set(['Ông', 'Bà', 'Ngài', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Samdech', 'Techo', 'Datuk', 'Dato', 'Sheikh']);
/** Kinship words used as honorifics ("Chị Nguyễn Bích Ngọc"), honorifics only before a surname: "Anh Thư" is a name. */
export const KIN_HONORIFICS = new Set(['Anh', 'Chị', 'Cô', 'Em', 'Chú', 'Bác', 'Cậu', 'Dì', 'Thím', 'Bé', 'Cháu']);
/** Without diacritics ("Ong Nguyen Van Binh") only in an all-ASCII run. */
export const ASCII_HONORIFICS = new Set(['Ong', 'Ba', 'Ngai']);

const STEMS = new Set(canChi.stems);
const BRANCHES = new Set(canChi.branches);
/** A year of the sexagenary cycle ("Tết Đinh Dậu"): "Đinh" and "Giáp" are surnames too. */
export function isCanChiYear(a: { text: string }, b: { text: string }): boolean {
  return STEMS.has(a.text) && BRANCHES.has(b.text);
}
