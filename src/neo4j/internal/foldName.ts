/**
 * A name as people type it without Vietnamese diacritics: `Bình Định` → `binh dinh`. Stored as
 * `nameFolded` and full-text indexed, so `binh dinh` finds Bình Định. `đ` is a letter of its own,
 * not a d with a mark, so NFD does not take it apart.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
