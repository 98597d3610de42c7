import { bounded } from '../internal/bounded.js';

/** How a visit rule finds the travelling side and the destination around its trigger. */
export interface VisitRule {
  reason: string;
  match: RegExp;
  /** 'before': the delegation/person before the trigger; 'owner': "… của <title/person>" after it; 'delegation-after': the delegation right after it. */
  visitor: 'before' | 'owner' | 'delegation-after';
  /** 'after': the places right after the trigger; 'host': where the receiving side is. */
  destination: 'after' | 'host';
}

export const VISIT_RULES: VisitRule[] = [
  // "Đoàn đại biểu thành phố Hà Nội … đã đến thăm và làm việc tại tỉnh Fukuoka"
  { reason: 'visit.travel', visitor: 'before', destination: 'after',
    match: /(?:(?:đến|sang|tới|về) thăm(?:,? (?:và )?làm việc)?|thăm(?:,| và) làm việc|(?:đến|sang|tới) làm việc|có chuyến (?:thăm|công tác)(?: và làm việc)?|có chuyến công tác)(?: tại| tới| ở| đến)?(?= )/gu },
  // "… cùng đoàn công tác của tỉnh đã có cuộc hội kiến với lãnh đạo Thành phố Kinokawa"
  { reason: 'visit.meeting-abroad', visitor: 'before', destination: 'after',
    match: /(?:hội kiến|làm việc|hội đàm|gặp gỡ|gặp) với (?:lãnh đạo|chính quyền) (?=(?:thành phố|tỉnh|TP|Thành phố|Tỉnh|phủ) )/gu },
  // "trong chuyến thăm và làm việc tại tỉnh Quảng Nam vào đầu năm 2024 của Ngài Thị trưởng"
  { reason: 'visit.trip-of', visitor: 'owner', destination: 'after',
    match: /chuyến (?:thăm|công tác)(?: và làm việc| làm việc)?(?: tại| tới| đến)(?= )/gu },
  // "Phó Chủ tịch UBND tỉnh Trần Châu có buổi tiếp và làm việc với Đoàn công tác của thành phố Izumisano"
  { reason: 'visit.reception', visitor: 'delegation-after', destination: 'host',
    match: /(?:tiếp(?: và làm việc với)?|tiếp đón|đón tiếp|đón|làm việc với) (?=[Đđ]oàn )/gu },
];

/** Words before the trigger, in its clause, that make a visit planned. */
export const PLANNED = bounded('sẽ|dự kiến|chuẩn bị|kế hoạch');
/** An invitation nobody has accepted is no visit ("mời … sang thăm"). */
export const INVITED = bounded('mời');
/** An online meeting is no visit. */
export const ONLINE = /trực tuyến|điểm cầu/u;
