import type { CountryCode, LocalityKind } from '../../types.js';
import countries from '../lexicon/countries.json' with { type: 'json' };
import functionWords from '../lexicon/name-function-words.json' with { type: 'json' };
import type { Prefix } from './adminPrefix.js';
import { spellingSlug } from './fold.js';
import { COUNTRIES, isOrgHeadForm, isSurname, ORG_HEADS, type PhraseIndex, phraseLengthsAt, TITLES } from './lexicons.js';
import type { Token } from './tokenize.js';

const FUNCTION_WORDS = new Set(functionWords.words.map((w) => w.toLowerCase()));
const DIRECTIONS = new Set(functionWords.directions.map((w) => w.toLowerCase()));
const MAX_WORDS = 5;
/** Country names as written, diacritics included: "Lào" (Laos) is a country, "Lao" in "xã Chiềng Lao" is not. */
const COUNTRY_FORMS = new Set(countries.flatMap((c) => c.names.map((n) => n.toLowerCase())));

export interface UnknownPlace { name: string; id: string; country: CountryCode | null; kind: LocalityKind; start: number; end: number }

/** Capitalised, not an acronym, not two words glued by a lost space ("HCMtổ", "AlBá"). */
const isNameWord = (t: Token) => t.cap && !t.upper && !/^\d/.test(t.text) && !/\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}/u.test(t.text);

/** Number of tokens from `i` that spell a phrase of the index (longest first), 0 if none. */
const phraseAt = <T>(index: PhraseIndex<T>, tokens: Token[], i: number): number => phraseLengthsAt(index, tokens, i)[0] ?? 0;

/** A word that cannot start (or continue) a place name: a country, a title, an organization, a function word. */
function opensOther(text: string, tokens: Token[], i: number, inside = false): boolean {
  const t = tokens[i]!;
  if (FUNCTION_WORDS.has(t.text.toLowerCase())) return true;
  const country = phraseAt(COUNTRIES, tokens, i);
  // One-word country names are syllables of place names too ("xã Thượng Đức", "Phú Mỹ"): inside a name only longer ones stop it.
  if (country > (inside ? 1 : 0)) {
    const written = text.slice(t.start, tokens[i + country - 1]!.end);
    if (COUNTRY_FORMS.has(written.toLowerCase())) return true;
  }
  if (phraseAt(TITLES, tokens, i) > 0) return true;
  const org = phraseAt(ORG_HEADS, tokens, i);
  if (org === 0 || !isOrgHeadForm(text.slice(t.start, tokens[i + org - 1]!.end))) return false;
  // Inside a name a one-word head opens an organization only with a name after it ("Sở Tài chính"), not "xã Xuân Đài,".
  const after = tokens[i + org];
  return !inside || org > 1 || (after !== undefined && after.cap && text.slice(tokens[i + org - 1]!.end, after.start) === ' ');
}

/**
 * The whole name after an administrative word that the gazetteer does not know: capitalised words
 * joined by spaces, or syllables joined by hyphens ("xã Hòa Khánh Nam", "huyện Ea Kar",
 * "Rai-lan Phan-xờ"). A lone direction word, a function word or a lone syllable of three letters or
 * fewer is no place. `titled`: a title stands before the administrative word, so a person's name may
 * follow the place ("Thị trưởng thành phố Seoul Park Won Soon"): a romanized name is then one word.
 * `afterStop`: a full stop follows the administrative word ("TP. Hồ Chí Minh"): a lone word opens a sentence.
 */
export function unknownPlace(text: string, tokens: Token[], i: number, prefix: Prefix, titled: boolean, afterStop: boolean,
  countryAfter: (end: number) => CountryCode | null): UnknownPlace | null {
  const t = tokens[i]!;
  if (opensOther(text, tokens, i)) return null;
  const next = tokens[i + 1];
  // The gazetteer knows every province: "UBND tỉnh Trần Châu" names a person.
  if (isSurname(t) && next?.cap && !next.upper && text.slice(t.end, next.start) === ' ') return null;
  // Every Vietnamese province and Japanese prefecture is in the gazetteer: "Hội đồng tỉnh Kohara
  // Katsuji" names a person (family and given name), not an unknown province.
  if (prefix.level === 'province' && t.ascii && next?.ascii && isNameWord(next) && text.slice(t.end, next.start) === ' ') return null;
  let last = i;
  let words = 1;
  while (last + 1 < tokens.length && words < MAX_WORDS) {
    const k = last + 1;
    const w = tokens[k]!;
    const sep = text.slice(tokens[last]!.end, w.start);
    // After a hyphen: a syllable of a phonetic spelling ("Rai-lan"), or a romanized compound ("Cluj-Napoca");
    // "Cầu Giấy-Hà Nội" is two names.
    if (sep === '-' && !w.upper && (!w.cap || (w.ascii && tokens[last]!.ascii))) { last = k; continue; }
    if (sep !== ' ' || !isNameWord(w) || opensOther(text, tokens, k, true)) break;
    if (titled && t.ascii && last === i) break;
    // "xã Hòa Khánh Nam Nguyễn Văn A": a surname and a capitalised word after a full name open a person.
    const after = tokens[k + 1];
    if (words >= 2 && isSurname(w) && after?.cap && text.slice(w.end, after.start) === ' ') break;
    last = k;
    words++;
  }
  const end = tokens[last]!.end;
  const name = text.slice(t.start, end);
  if (last === i && (t.text.length <= 3 || DIRECTIONS.has(t.text.toLowerCase()))) return null;
  // Vietnamese names capitalise every syllable: a lone marked syllable before a lower-case word opens a
  // phrase ("vùng Đồng bằng sông Cửu Long"); after a full stop ("TP. Thành phố…") it opens a sentence.
  const following = tokens[last + 1];
  if (last === i && !t.ascii && following && !following.cap && text.slice(t.end, following.start) === ' ') return null;
  if (last === i && afterStop) return null;
  if (DIRECTIONS.has(name.toLowerCase())) return null;
  // "xã", "phường" name Vietnamese communes only, also when written without diacritics ("phường Minh Khai");
  // hyphenated lower-case syllables spell a foreign name the Vietnamese way ("bang Rai-lan Phan-xờ").
  const phonetic = /-\p{Ll}/u.test(name);
  const country = countryAfter(end) ?? (!phonetic && (/[^\x00-\x7F]/.test(name) || prefix.level === 'commune') ? 'VN' : null);
  const kind = (prefix.level === 'province' && country === 'JP' ? 'prefecture' : prefix.level) as LocalityKind;
  return { name, id: `locality:${country ?? 'XX'}:${spellingSlug(name)}`, country, kind, start: t.start, end };
}
