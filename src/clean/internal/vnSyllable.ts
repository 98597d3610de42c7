// Vietnamese orthography: a syllable is (onset)(rhyme) with at most one tone mark, and a
// checked rhyme (final c, ch, p, t) takes only the acute or the dot-below tone.
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const RHYMES = [
  'a', 'ac', 'ach', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'ap', 'at', 'au', 'ay',
  'ăc', 'ăm', 'ăn', 'ăng', 'ăp', 'ăt',
  'âc', 'âm', 'ân', 'âng', 'âp', 'ât', 'âu', 'ây',
  'e', 'ec', 'em', 'en', 'eng', 'eo', 'ep', 'et',
  'ê', 'êch', 'êm', 'ên', 'ênh', 'êp', 'êt', 'êu',
  'i', 'ia', 'ich', 'im', 'in', 'inh', 'ip', 'it', 'iu', 'iêc', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêu',
  'o', 'oc', 'oi', 'om', 'on', 'ong', 'op', 'ot', 'oa', 'oac', 'oach', 'oai', 'oam', 'oan', 'oang', 'oanh', 'oao', 'oap', 'oat', 'oay',
  'oăc', 'oăm', 'oăn', 'oăng', 'oăt', 'oe', 'oem', 'oen', 'oeo', 'oet', 'ooc', 'oong',
  'ô', 'ôc', 'ôi', 'ôm', 'ôn', 'ông', 'ôp', 'ôt',
  'ơ', 'ơi', 'ơm', 'ơn', 'ơp', 'ơt',
  'u', 'ua', 'uc', 'ui', 'um', 'un', 'ung', 'up', 'ut', 'uân', 'uâng', 'uât', 'uây', 'uê', 'uêch', 'uênh',
  'uôc', 'uôi', 'uôm', 'uôn', 'uông', 'uôt', 'uơ', 'uy', 'uya', 'uych', 'uyên', 'uyêt', 'uynh', 'uyt', 'uyu',
  'ư', 'ưa', 'ưc', 'ưi', 'ưng', 'ưt', 'ưu', 'ươc', 'ươi', 'ươm', 'ươn', 'ương', 'ươp', 'ươt', 'ươu',
  'y', 'yêm', 'yên', 'yêng', 'yêt', 'yêu',
];
const byLength = (a: string, b: string) => b.length - a.length;
const SYLLABLE = new RegExp(`^(?:${ONSETS.sort(byLength).join('|')})(${RHYMES.sort(byLength).join('|')})$`, 'u');
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const CHECKED = /(?:c|ch|p|t)$/u;

/** True when `word` (any case) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = nfd.replace(TONES, '').normalize('NFC');
  const m = SYLLABLE.exec(base);
  if (!m) return false;
  if (CHECKED.test(m[1]!)) return tones[0] === '\u0301' || tones[0] === '\u0323';
  return true;
}

/** Any diacritic (tone or vowel mark) or đ. */
export function hasVietnameseMark(word: string): boolean {
  return /[\u0300-\u0323đ]/iu.test(word.normalize('NFD'));
}

/**
 * A mark only Vietnamese spelling uses (ă â ê ô ơ ư đ, the hook and dot-below tones, a
 * tilde on e/i/u/y): "nhận" has one, "José" and "São" do not.
 */
export function hasVietnameseOnlyMark(word: string): boolean {
  return /[\u0302\u0306\u031B\u0309\u0323đ]|[eiuy]\u0303/iu.test(word.normalize('NFD'));
}
