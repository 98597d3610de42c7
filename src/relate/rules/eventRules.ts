import type { EventKind } from '../../types.js';
import { words } from '../internal/words.js';
import { TIEP } from './tiep.js';

export interface EventRule {
  reason: string;
  kind: EventKind;
  /** A sentence the rule finds its event in (checked by a test). */
  example: string;
  match: RegExp;
  /**
   * Visits, meetings and signings are read from any dated sentence only in an article about
   * local diplomacy (one that gave a relation or names a delegation): elsewhere "thăm" and "ký" are everyday words.
   */
  diplomacyOnly: boolean;
}

/** Events named by the text itself; visits, meetings and signings also come from the relations. */
export const EVENT_RULES: EventRule[] = [
  {
    reason: 'event.festival', kind: 'festival', diplomacyOnly: false,
    example: '“Lễ hội Việt Nam-Hà Nội 2023 tại Fukuoka” đã diễn ra ngày 10/11/2023.',
    match: /[Ll]ễ hội|[Ff]estival/u,
  },
  {
    reason: 'event.conference', kind: 'conference', diplomacyOnly: false,
    example: 'Ngày 11/11/2023, Tọa đàm xúc tiến đầu tư, thương mại Hà Nội-Kyushu 2023 đã diễn ra.',
    match: new RegExp(words(['[Hh]ội thảo', '[Hh]ội nghị', '[Tt]ọa đàm', '[Tt]oạ đàm', '[Dd]iễn đàn', '[Gg]ặp gỡ [Dd]oanh nghiệp', 'Đại hội']), 'u'),
  },
  {
    reason: 'event.exchange', kind: 'exchange', diplomacyOnly: false,
    example: 'Tháng 7/2020, chương trình giao lưu học sinh trung học cơ sở sẽ được tổ chức.',
    match: new RegExp(words(['(?:chương trình|hoạt động) giao lưu', 'giao lưu (?:học sinh|văn hóa|thanh niên)']), 'u'),
  },
  {
    reason: 'event.visit', kind: 'visit', diplomacyOnly: true,
    example: 'Ngày 28/5/2017, Đoàn đại biểu Đảng Dân tiến Nhật Bản sang thăm và làm việc tại Việt Nam.',
    match: new RegExp(words(['sang thăm', 'đến thăm', 'tới thăm', 'thăm chính thức', 'thăm cấp Nhà nước', 'thăm cấp nhà nước', 'thăm và làm việc', 'chuyến thăm', 'chuyến công tác']), 'u'),
  },
  {
    reason: 'event.meeting', kind: 'meeting', diplomacyOnly: true,
    example: 'Chiều 29/5/2017, Chủ tịch Quốc hội tiếp Đoàn đại biểu Đảng Dân tiến Nhật Bản.',
    match: new RegExp(`(?<![\\p{L}])(?:${words([TIEP, 'hội kiến', 'hội đàm', 'làm việc với', 'chào xã giao', 'gặp gỡ', 'tiếp đón', 'đón tiếp'])})(?![\\p{L}])`, 'u'),
  },
  {
    reason: 'event.signing', kind: 'signing', diplomacyOnly: true,
    example: 'Ngày 5/6/2017, Lễ ký kết thỏa thuận hợp tác giữa Tập đoàn Canon và Tập đoàn Sumitomo đã diễn ra.',
    match: new RegExp(words(['[Ll]ễ ký', 'đã ký', 'vừa ký', 'được ký', 'ký kết', 'trao (?:biên bản|bản ghi nhớ|thỏa thuận)']), 'u'),
  },
  {
    reason: 'event.ceremony', kind: 'other', diplomacyOnly: false,
    example: 'Ngày 6/6/2017, lễ khánh thành tượng đài Chủ tịch Hồ Chí Minh đã diễn ra tại thành phố Ulyanovsk.',
    match: new RegExp(`(?<![\\p{L}])[Ll]ễ (?:${words(['khánh thành', 'khởi công', 'động thổ', 'bàn giao', 'tiễn đưa', 'truy điệu', 'an táng', 'mít tinh', 'tiếp nhận', 'công bố', 'ra mắt', 'đón nhận', 'kỷ niệm'])})`, 'u'),
  },
];
