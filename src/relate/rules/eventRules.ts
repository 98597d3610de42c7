import type { EventKind } from '../../types.js';

export interface EventRule {
  reason: string;
  kind: EventKind;
  match: RegExp;
}

/** Events named by the text itself (visits, meetings and signings also come from the relations). */
export const EVENT_RULES: EventRule[] = [
  // "“Lễ hội Việt Nam-Hà Nội 2023 tại Fukuoka” đã diễn ra"
  { reason: 'event.festival', kind: 'festival', match: /[Ll]ễ hội|[Ff]estival/u },
  // "Tọa đàm xúc tiến đầu tư, thương mại Hà Nội-Kyushu 2023", "Hội nghị Tương lai châu Á"
  { reason: 'event.conference', kind: 'conference', match: /[Hh]ội thảo|[Hh]ội nghị|[Tt]ọa đàm|[Tt]oạ đàm|[Dd]iễn đàn|[Gg]ặp gỡ [Dd]oanh nghiệp|Đại hội/u },
  // "chương trình giao lưu học sinh trung học cơ sở"
  { reason: 'event.exchange', kind: 'exchange', match: /(?:chương trình|hoạt động) giao lưu|giao lưu (?:học sinh|văn hóa|thanh niên)/u },
];
