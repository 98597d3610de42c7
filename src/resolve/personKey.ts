import { nameKey } from '../recognize/internal/fold.js';

/**
 * Global id of a person. Romanized names ignore word order ("Matsushita Yoshihiko" =
 * "Yoshihiko Matsushita"); Vietnamese names keep it. Diacritic and case variants fold together.
 */
export function personId(name: string): string {
  const words = nameKey(name).split(' ');
  const romanized = /^[\x00-\x7F]*$/.test(name);
  return `person:${(romanized ? [...words].sort() : words).join('-')}`;
}
