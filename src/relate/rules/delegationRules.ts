/** The words that open, close and qualify a delegation phrase. */

/**
 * "Đoàn công tác", "đoàn đại biểu cấp cao", "Đoàn"; "trưởng đoàn", "phó đoàn", "thành viên đoàn"
 * are roles inside a delegation, not a new one.
 * example: "Đoàn đại biểu tỉnh Bắc Ninh do Chủ tịch UBND tỉnh làm trưởng đoàn"
 */
export const DELEGATION_OPEN = new RegExp(String.raw`(?<![\p{L}])(?<![Tt]rưởng |[Pp]hó |[Vv]iên |[Tt]rong |[Cc]ông )[Đđ]oàn(?![\p{L}])(?: ${[
  'công tác',
  'đại biểu',
  'cán bộ',
  'lãnh đạo',
  'doanh nghiệp',
  'xúc tiến',
  'giao lưu',
].join('| ')})?(?: cấp cao)?(?! (?:${[
  // inspection teams, troupes, convoys and sports teams are no delegations
  'kiểm tra', 'thanh tra', 'giám sát', 'khảo sát', 'cứu hộ', 'y tế', 'nghệ thuật', 'văn công', 'thể thao', 'xe', 'tàu', 'viên', 'kết', 'tụ', 'thể',
].join('|')})(?![\p{L}]))`, 'gu');

/** A delegation sent by a state: "đoàn đại biểu Quốc hội", "Đoàn đại biểu cấp cao Đảng, Nhà nước". */
export const DELEGATION_NATIONAL = /Quốc hội|Chính phủ|cấp cao|Nhà nước|Bộ |Đảng /u;

/** Where a delegation's head phrase ends: a verb, a clause mark, or a bracket that is no abbreviation. */
export const DELEGATION_HEAD_END = new RegExp(String.raw`\s(?:${[
  'do', 'đã', 'sẽ', 'đang', 'vừa', 'có', 'đến', 'tới', 'sang', 'làm', 'thăm', 'chụp', 'tham', 'gồm', 'cùng', 'bày', 'trong', 'và', 'tại', 'nhằm', 'để', 'trước',
].join('|')})\s|[,;.:]|\((?!TP\)|TX\))`, 'u');

/**
 * "… do Phó Thị trưởng, ông X làm trưởng đoàn", "… do ông X dẫn đầu", "… do ông X làm Trưởng đoàn".
 * example: "Đoàn công tác do Chủ tịch UBND tỉnh Nguyễn Văn A dẫn đầu"
 */
export const LED_BY = /(?<![\p{L}])do(?![\p{L}])(.*?)(?:làm [Tt]rưởng đoàn|dẫn đầu|làm trưởng)/u;

/**
 * After a delegation's head, "và <others> của <place>": the whole party belongs to that place.
 * example: "đoàn đại biểu cấp cao và nhiều doanh nghiệp hàng đầu của Saint Petersburg"
 */
export const OWNER_AFTER = /^\s*và\s+(?:(?:nhiều|các|một số|đại diện)\s+)?(?:doanh nghiệp|doanh nhân|nhà đầu tư|đại biểu|cán bộ|thành viên)[^,.;]{0,40}?\s(?:của|từ)\s+(?:(?:tỉnh|thành phố|TP|bang|vùng)\s+)?/u;
