/**
 * "tiếp" as "receive": not "tiếp tục", "tiếp nhận", "tiếp cận"… (other verbs), not in "trực tiếp" (directly),
 * "liên tiếp" (in a row), "kế tiếp" (next), and not after a
 * verb ("ký tiếp", "làm tiếp"), where it means "go on".
 */
export const TIEP = String.raw`(?<!(?:ký|làm|nói|đi|viết|đọc|xem|chơi|đánh|tăng|giảm|kể|hỏi|chạy|đá|bay|thi đấu|chuyển|trực|liên|gián|kế|Trực|Liên|Gián|Kế) )`
  + String.raw`tiếp(?! (?:tục|theo|cận|nhận|xúc|diễn|tế|thị|giáp|quản|sức|nối|đó|thu|viện|tay|nữa|sau)(?![\p{L}]))`;
/** The same at the start of a sentence. */
export const TIEP_CAPITAL = TIEP.replace('tiếp(?!', 'Tiếp(?!');
