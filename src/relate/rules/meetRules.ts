import { bounded } from '../internal/bounded.js';
import { words } from '../internal/words.js';
import { TIEP, TIEP_CAPITAL } from './tiep.js';

/** How a meeting rule finds the two sides around its trigger. */
export interface MeetRule {
  reason: string;
  /** A sentence the rule fires on, under its own name (checked by a test). */
  example: string;
  match: RegExp;
  /**
   * 'subject-object': persons before vs after; 'fronted': "Tiếp X, Y …"; 'hosts-of-delegation': "Tiếp đoàn có X và Y";
   * 'pair': "X và Y hội đàm"; 'welcomed-by': "Đón X tại sân bay có Y, Z".
   */
  sides: 'subject-object' | 'fronted' | 'hosts-of-delegation' | 'pair' | 'welcomed-by';
}

/** Verbs of meeting someone named after them. */
const VERB = words([
  'tiếp đón',
  'đón tiếp',
  `${TIEP}(?: và làm việc với)?`,
  'hội kiến(?: với)?',
  'hội đàm(?: với)?',
  'gặp gỡ(?: với)?',
  'gặp(?: mặt)?(?: với)?',
  'làm việc với',
  'trao đổi với',
  'chào xã giao',
  'có cuộc gặp(?: với)?',
  'chủ trì lễ đón',
  // "phát biểu chào mừng", "lời chào mừng": a welcome speech, not a welcome of someone.
  '(?<!(?:phát biểu|lời|diễn văn|tiết mục|văn nghệ|chương trình) )(?:nhiệt liệt )?chào mừng',
  '(?:nhiệt liệt )?hoan nghênh',
]);

/** Verbs two people named together do with each other. */
const TOGETHER = words(['hội đàm', 'hội kiến', 'gặp gỡ', 'gặp', 'trao đổi', 'ký kết', 'ký']);

export const MEET_RULES: MeetRule[] = [
  {
    reason: 'meet.hosts-of-delegation', sides: 'hosts-of-delegation',
    example: 'Đoàn công tác thành phố Kinokawa do Thị trưởng Takeshi Kishimoto dẫn đầu đã đến thăm tỉnh Quảng Nam. Tiếp đoàn có ông Trần Văn Tân, Phó Chủ tịch UBND tỉnh Quảng Nam.',
    match: /^(?:Tiếp|Đón) (?:đoàn|Đoàn)(?: [^,]{0,40})? có /u,
  },
  {
    reason: 'meet.welcomed-by', sides: 'welcomed-by',
    example: 'Đón Chủ tịch nước Trần Đại Quang tại sân bay có Tỉnh trưởng tỉnh Phúc Kiến Vu Vĩ Quốc.',
    match: /^(?:Đón tiếp|Tiếp đón|Đón) (?!đoàn|Đoàn)[^;.]{0,120}? có (?:mặt )?/u,
  },
  {
    reason: 'meet.fronted', sides: 'fronted',
    example: 'Tiếp Thống đốc tỉnh Aichi - ông Hideaki Omura, Thủ tướng Chính phủ Nguyễn Xuân Phúc bày tỏ vui mừng.',
    match: new RegExp(String.raw`^(?:Tiếp đón|Đón tiếp|${TIEP_CAPITAL}|Đón) (?!đoàn có|Đoàn có)`, 'u'),
  },
  {
    reason: 'meet.pair', sides: 'pair',
    example: 'Thủ tướng Shinzo Abe và Thủ tướng Nguyễn Xuân Phúc đã tiến hành hội đàm.',
    match: new RegExp(`(?:đã |sẽ )?(?:cùng )?(?:tiến hành |có cuộc |có buổi )?(?:${TOGETHER})(?![\\p{L}])`, 'u'),
  },
  {
    reason: 'meet.verb', sides: 'subject-object',
    example: 'Phó Chủ tịch nước Đặng Thị Ngọc Thịnh tiếp Thống đốc tỉnh Fukuoka Ogawa Hiroshi.',
    match: new RegExp(String.raw`(?<!(?:^|[^c] )(?:buổi|cuộc|lễ|Tại|tại|khi|sau|Sau) )(?:đã |sẽ |cũng |cũng đã )?(?:có buổi |có cuộc )?(?:${VERB})(?= )`, 'gu'),
  },
];

/** A condition or a question before the verb makes the meeting hypothetical: "nếu ông Trump quyết định gặp …". */
export const HYPOTHETICAL = bounded('nếu|giả sử|giả như|liệu');
/** A subordinate clause after the people met is about something else: "tiếp ông X, một ngày sau khi ông sa thải …". */
export const SUBORDINATE = bounded('sau khi|trước khi|trong khi|bởi vì|vì|nhằm');
/** A phone call, a letter or greetings passed on is no meeting. */
export const NOT_MET = new RegExp(words(['điện đàm', 'điện thoại', 'gọi điện', 'chuyển lời', 'gửi lời', 'gửi thư', 'thư chúc mừng', 'gửi điện']), 'u');
