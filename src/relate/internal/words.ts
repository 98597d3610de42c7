/**
 * One regex alternative per line, longest first, so "tiếp đón" is tried before "tiếp".
 * Rule files list their words with it instead of writing one long pattern.
 */
export function words(list: string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join('|');
}
