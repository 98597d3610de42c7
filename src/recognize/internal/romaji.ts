// Hepburn syllables: (consonant cluster) + vowel, or a syllabic n; long vowels are vowel runs.
const ROMAJI = /^(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|j)?[aiueo]+|n|(?<=[aiueo])[kstpc](?=[kstpc]))+$/;

/** True for words shaped like romanized Japanese ("Matsushita", "Kenji"); false for "Park", "Than". */
export function isRomaji(word: string): boolean {
  return word.length >= 2 && ROMAJI.test(word.toLowerCase());
}
