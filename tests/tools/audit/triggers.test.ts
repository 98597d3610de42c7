import { describe, expect, it } from 'vitest';
import { findTriggers, hasTrigger, STRONG_TRIGGERS, TRIGGER_EXAMPLES, WEAK_TRIGGERS } from '../../../tools/audit/triggers.js';

const strong = (text: string) => findTriggers(text, STRONG_TRIGGERS).map((h) => h.trigger);

describe('audit triggers', () => {
  it.each(TRIGGER_EXAMPLES)('the listed example fires its trigger: %s', (example, trigger) => {
    expect(findTriggers(example, [...STRONG_TRIGGERS, ...WEAK_TRIGGERS]).map((h) => h.trigger)).toContain(trigger);
  });

  it.each([
    ['Tiếp Đại sứ Nhật Bản, Chủ tịch tỉnh đề nghị tăng cường hợp tác.', ['tiếp']],
    ['Phó Chủ tịch UBND tỉnh tiếp và làm việc với đoàn tỉnh Gunma.', ['tiếp', 'làm việc với']],
    ['Tỉnh sẽ tiếp tục thu hút đầu tư.', []],
    ['Dương Triệu Vũ tiếp lời Đàm Vĩnh Hưng.', []],
    // "tiếp" after a verb means "go on"
    ['Đội bóng Thanh Hóa thắng tiếp Long An.', []],
    ['Họ bước tiếp mà không cần ai.', []],
    ['Ông trực tiếp chỉ đạo công tác cứu hộ.', []],
    ['Tổng thống xuất hiện trực tiếp tại phiên thẩm vấn.', []],
    ['Hai bên đã hội đàm và ký kết biên bản ghi nhớ.', ['hội đàm', 'ký kết', 'biên bản ghi nhớ']],
    ['Viện đã thăm dò ý kiến cử tri.', []],
    ['Bác sĩ thăm khám cho bệnh nhân.', []],
    ['Đoàn đến thăm tỉnh Gunma.', ['thăm']],
    ['Hai thành phố thiết lập mối quan hệ hữu nghị và kết nghĩa năm 2010.', ['thiết lập quan hệ', 'kết nghĩa']],
  ])('%s', (text, expected) => {
    expect(strong(text)).toEqual(expected);
  });

  it.each([
    ['Tuyển Việt Nam thắng Thái Lan 2-0 tại sân Mỹ Đình.', false],
    ['Hai bên trao đổi về hợp tác.', true],
    // "ký" inside another word is no trigger
    ['Ông là kỳ thủ trẻ nhất giải.', false],
    ['Các em ở ký túc xá của trường.', true],
  ])('any trigger in %s: %s', (text, expected) => {
    expect(hasTrigger(text, [...STRONG_TRIGGERS, ...WEAK_TRIGGERS])).toBe(expected);
  });
});
