// "… không quá 15 ngày. Phương Uyên", "… năm 2018. Tuệ Anh(TheoABC, NBC News)", "… Vũ Tuân - Sơn Hà",
// "… Tùng Lâm (TTXVN)", "… ./. Vũ Dũng/VOV.VN": the writer's name (and source) after the last sentence.
// A capitalised word, "VOV.VN" or "Vietnam+" too, never ending in a full stop ("… Công ty C.P. Việt Nam.").
const WORD = String.raw`\p{Lu}\p{L}*(?:\.\p{L}+)*\+?`;
const NAME = String.raw`${WORD}(?:\s${WORD}){0,3}`;
const BYLINE = new RegExp(
  String.raw`(?<=[.!?…"”»)]|\./\.)\s+(?:Theo\s)?${NAME}(?:\s?[-–,/]\s?${NAME})*\s*(?:\([^()\n]{1,60}\))?\s*$`,
  'u',
);
const MAX_LENGTH = 70;

/** Drops the byline that closes an article: a few capitalised words without a full stop. */
export function cutByline(text: string): string {
  const from = Math.max(0, text.length - 2 * MAX_LENGTH);
  const m = BYLINE.exec(text.slice(from));
  return m && m[0].trim().length <= MAX_LENGTH ? text.slice(0, from + m.index) : text;
}
