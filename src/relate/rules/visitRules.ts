import { PLACE_WORD } from './placeWords.js';
import { bounded } from '../internal/bounded.js';
import { words } from '../internal/words.js';
import { TIEP } from './tiep.js';

/** How a visit rule finds the travelling side and the destination around its trigger. */
export interface VisitRule {
  reason: string;
  /** A sentence the rule fires on, under its own name (checked by a test). */
  example: string;
  match: RegExp;
  /**
   * 'before': the delegation or person before the trigger; 'delegation-before': only a delegation;
   * 'owner': "… của <title/person>" after it; 'delegation-after': the delegation right after it;
   * 'guest': the person received right after it; 'attendees': the delegations and leaders after it.
   */
  visitor: 'before' | 'delegation-before' | 'owner' | 'delegation-after' | 'guest' | 'attendees';
  /** 'after': the places right after the trigger; 'host': where the receiving side is; 'venue': where the event is held. */
  destination: 'after' | 'host' | 'venue';
}

/** Verbs of travelling to a place. */
const TRAVEL = words([
  '(?:đến|sang|tới|về) thăm(?:,? (?:và )?làm việc)?',
  'thăm(?:,| và)? làm việc',
  '(?:đến|sang|tới) làm việc',
  'có chuyến (?:thăm|công tác)(?: và làm việc)?',
  'có chuyến công tác',
  'thăm chính thức',
  'thăm hữu nghị',
]);
/** Prepositions between a travelling verb and its place. */
const TO = '(?: tại| tới| ở| đến)?';
/** Administrative words that open a place name ("tỉnh", "bang", "thủ đô"…). */

/** Verbs of receiving a guest ("hội kiến", "làm việc với" go either way: the visitor calls on the host). */
const RECEIVE = words([
  `${TIEP}(?: và làm việc với)?`,
  'tiếp đón',
  'đón tiếp',
  'đón',
  'chào mừng',
  'hoan nghênh',
]);


export const VISIT_RULES: VisitRule[] = [
  {
    reason: 'visit.travel', visitor: 'before', destination: 'after',
    example: 'Đoàn đại biểu thành phố Hà Nội do bà Nguyễn Thị Tuyến dẫn đầu đã đến thăm và làm việc tại tỉnh Fukuoka.',
    match: new RegExp(`(?<![\\p{L}])(?:${TRAVEL})${TO}(?= )`, 'gu'),
  },
  {
    reason: 'visit.go', visitor: 'delegation-before', destination: 'after',
    example: 'Đoàn công tác của tỉnh Quảng Nam sẽ sang tỉnh Shizuoka vào tháng 5/2024.',
    match: new RegExp(`(?<![\\p{L}])(?:sang|tới|đến|qua) (?=(?:${PLACE_WORD}) )`, 'gu'),
  },
  {
    reason: 'visit.meeting-abroad', visitor: 'before', destination: 'after',
    example: 'Ông Nguyễn Văn A cùng đoàn công tác của tỉnh Quảng Nam đã có cuộc hội kiến với lãnh đạo thành phố Kinokawa.',
    match: new RegExp(`(?:hội kiến|làm việc|hội đàm|gặp gỡ|gặp) với (?:lãnh đạo|chính quyền) (?=(?:${PLACE_WORD}|Thành phố|Tỉnh) )`, 'gu'),
  },
  {
    reason: 'visit.trip-of', visitor: 'owner', destination: 'after',
    example: 'Trong chuyến thăm và làm việc tại tỉnh Quảng Nam của Thị trưởng thành phố Kinokawa Takeshi Kishimoto, hai bên trao đổi.',
    match: /chuyến (?:thăm|công tác)(?: và làm việc| làm việc)?(?: tại| tới| đến)(?= )/gu,
  },
  {
    reason: 'visit.reception', visitor: 'delegation-after', destination: 'host',
    example: 'Phó Chủ tịch UBND tỉnh Bình Định Trần Châu đã tiếp Đoàn công tác của thành phố Izumisano.',
    match: new RegExp(`(?:${TIEP}(?: và làm việc với)?|tiếp đón|đón tiếp|đón|làm việc với|chủ trì lễ đón) (?=[Đđ]oàn )`, 'gu'),
  },
  {
    reason: 'visit.reception-guest', visitor: 'guest', destination: 'host',
    example: 'Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã tiếp Thống đốc tỉnh Shizuoka Kawakatsu Heita.',
    match: new RegExp(`(?<![\\p{L}])(?:${RECEIVE})(?= )`, 'gu'),
  },
  {
    reason: 'visit.presence', visitor: 'attendees', destination: 'venue',
    example: 'Tham dự lễ khai mạc tại thành phố Đà Nẵng có Thống đốc tỉnh Shizuoka Kawakatsu Heita.',
    match: /(?:^|(?<=[,.;]\s*))(?:[Cc]ùng )?(?:[Tt]ham dự|[Dd]ự)(?![\p{L}])[^,;]{0,80}? có (?:mặt )?/gu,
  },
];

/** Words before the trigger, in its clause, that make a visit planned. */
export const PLANNED = bounded('sẽ|dự kiến|chuẩn bị|kế hoạch|sắp');
/** An invitation nobody has accepted is no visit ("mời … sang thăm"). */
export const INVITED = bounded('mời');
/** An online meeting is no visit. */
export const ONLINE = /trực tuyến|điểm cầu/u;
/** "Tại thủ đô Washington D.C., đoàn đã thăm…": the place a clause opens with. */
export const AT_PLACE = /(?:^|[\s,(])[Tt]ại\s/u;
/** "các đại biểu từ TP Milan", "đại diện của tỉnh Khăm Muộn": people present for a place they are not named for. */
export const REPRESENTATIVES = /(?<![\p{L}])(?:các |những )?(?:đại biểu|đại diện|lãnh đạo)\s+(?:đến\s+)?(?:từ|của)\s+/gu;
