/**
 * Folds text for diacritics-insensitive search: "Bình Định" and "binh dinh" fold alike.
 * đ/Đ is a letter of its own in Unicode (no decomposition), so it is mapped by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
