/** How a meeting rule finds the two sides around its trigger. */
export interface MeetRule {
  reason: string;
  match: RegExp;
  /** 'subject-object': persons before vs after; 'fronted': "Tiếp X, Y …"; 'hosts-of-delegation': "Tiếp đoàn có X và Y"; 'pair': "X và Y hội đàm". */
  sides: 'subject-object' | 'fronted' | 'hosts-of-delegation' | 'pair';
}

/** "tiếp" receives someone, but "tiếp tục", "tiếp nhận", "tiếp cận"… are other verbs. */
const NOT_RECEIVE = String.raw`(?! (?:tục|theo|cận|nhận|xúc|diễn|tế|thị|giáp|quản|sức|nối|đó|thu|viện|tay|nữa|sau)(?![\p{L}]))`;

// Longest alternatives first: "tiếp đón" must not stop at "tiếp".
const VERB = String.raw`(?:tiếp đón|đón tiếp|tiếp${NOT_RECEIVE}(?: và làm việc với)?|hội kiến(?: với)?|hội đàm(?: với)?|gặp gỡ(?: với)?|gặp(?: mặt)?(?: với)?|làm việc với|trao đổi với|chào xã giao|có cuộc gặp(?: với)?)`;

export const MEET_RULES: MeetRule[] = [
  // "Tiếp đoàn có ông Takeshi Kishimoto - Thị trưởng thành phố Kinokawa và ông Kawahara Kazuyasu"
  { reason: 'meet.hosts-of-delegation', sides: 'hosts-of-delegation', match: /^(?:Tiếp|Đón) (?:đoàn|Đoàn)(?: [^,]{0,40})? có /u },
  // "Tiếp Thống đốc tỉnh Aichi - ông Hideaki Omura, Thủ tướng Chính phủ Nguyễn Xuân Phúc bày tỏ …"
  { reason: 'meet.fronted', sides: 'fronted', match: new RegExp(String.raw`^(?:Tiếp đón|Đón tiếp|Tiếp${NOT_RECEIVE}|Đón) (?!đoàn có|Đoàn có)`, 'u') },
  // "Thủ tướng Shinzo Abe và Thủ tướng Nguyễn Xuân Phúc … tiến hành hội đàm"
  { reason: 'meet.pair', sides: 'pair', match: /(?:đã |sẽ )?(?:cùng )?(?:tiến hành |có cuộc |có buổi )?(?:hội đàm|hội kiến|gặp gỡ|gặp|trao đổi)(?= )/u },
  // "Phó Chủ tịch nước Đặng Thị Ngọc Thịnh tiếp Thống đốc tỉnh Fukuoka Ogawa Hiroshi, …"
  { reason: 'meet.verb', sides: 'subject-object', match: new RegExp(String.raw`(?<!(?:^|[^c] )(?:buổi|cuộc|lễ|Tại|tại|khi|sau|Sau) )(?:đã |sẽ |cũng |cũng đã )?(?:có buổi |có cuộc )?${VERB}(?= )`, 'gu') },
];
