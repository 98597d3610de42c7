/** What a masked spam token is replaced with: never part of a name, one character wide. */
export const MASK = '\uFFFD';

// Betting-site brands injected where a name belongs: "79King78", "79King mobi", "W88", "FB88 club".
const SPAM = /(?<![\p{L}\p{N}])(?:\d{1,4}\p{Lu}\p{Ll}+\d{0,4}|\p{Lu}{1,3}\d{2,4}(?=\s+(?:mobi|club|vip|bet|win|com|net|app|live)\b))(?:\s+(?:mobi|club|vip|bet|win|com|net|app|live|tv|fun|io))?(?![\p{L}\p{N}])/gu;

// Every spam token has a capital next to a digit; most articles have none, and this scan is cheap.
const MAY_HAVE_SPAM = /\d\p{Lu}|\p{Lu}\d/u;

/** Replaces injected spam tokens by {@link MASK} so they can never become entities. */
export function maskSpam(text: string): string {
  return MAY_HAVE_SPAM.test(text) ? text.replace(SPAM, MASK) : text;
}

const MASKED = new RegExp(`\\s*${MASK}+`, 'gu');

/**
 * The text as it is shown: masks gone with the space before them ("tỉnh � Phan Thái Bình" →
 * "tỉnh Phan Thái Bình"). A span of the masked text stays a substring of the unmasked one.
 */
export function withoutMask(text: string): string {
  return text.replace(MASKED, '').trim();
}
