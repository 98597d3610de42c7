import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extractArticle.js';
import { EVENT_RULES } from '../../src/relate/rules/eventRules.js';

/** The article's events as "kind date place status (rule)". */
function events(text: string): string[] {
  const e = extractArticle({ id: 't', title: null, date: '2017-06-10', url: null, text, source: 't.txt' });
  const name = new Map(e.entities.map((x) => [x.id, x.name]));
  return e.entities.filter((x) => x.type === 'Event')
    .map((x) => [x.kind, x.date ?? '?', x.where ? name.get(x.where) : '-', x.status, `(${x.mentions[0]?.reason})`].join(' ')).sort();
}

describe('events', () => {
  it.each([
    // a visit gives its event, with the destination and the day
    ['Ngày 5/6, Đoàn đại biểu tỉnh Bắc Ninh đã đến thăm và làm việc tại tỉnh Saitama.', ['visit 2017-06-05 Saitama done (visit.travel)']],
    // one meeting told in one sentence is one event, even with several people on a side
    ['Ngày 6/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thống đốc tỉnh Aichi Hideaki Omura và Thống đốc tỉnh Kanagawa Yuji Kuroiwa.',
      ['meeting 2017-06-06 - done (meet.verb)']],
    // a national delegation has no home locality, but its visit is still an event
    ['Ngày 28/5, Đoàn đại biểu Quốc hội Nhật Bản sang thăm chính thức Việt Nam.', ['visit 2017-05-28 - done (event.visit)']],
    // a signing whose parties are not all named stays an event
    ['Đoàn công tác thành phố Hà Nội đang ở Nhật Bản. Ngày 5/6, lễ ký kết thỏa thuận hợp tác phát triển dự án đô thị đã diễn ra tại Tokyo.', ['signing 2017-06-05 Tokyo done (event.signing)']],
    // planned events keep their status
    ['Tháng 7/2017, tỉnh Bình Định sẽ tổ chức chương trình giao lưu học sinh với thành phố Izumisano.', ['exchange 2017-07 Bình Định planned (event.exchange)']],
    // a ceremony is an event of its own, in any article
    ['Ngày 6/6, lễ khánh thành tượng đài đã diễn ra tại thành phố Ulyanovsk.', ['other 2017-06-06 Ulyanovsk done (event.ceremony)']],
    // an undated visit of a diplomacy story happened on the story's day
    ['Ngày 5/6, Thủ tướng Nguyễn Xuân Phúc tiếp Thống đốc tỉnh Aichi Hideaki Omura. Trong khuôn khổ chuyến thăm chính thức Nhật Bản, hai bên trao đổi.',
      ['meeting 2017-06-05 - done (meet.verb)', 'visit 2017-06-05 - done (event.visit)']],
    // visits, meetings and signings are read from trigger words only in an article about diplomacy
    ['Ngày 5/6, ông Nguyễn Văn An đã đến thăm gia đình bà Lê Thị Hoa ở xã Tam Kỳ.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each(EVENT_RULES.map((r) => [r.reason, r.example] as const))('%s fires on its own example', (reason, example) => {
    const e = extractArticle({ id: 't', title: null, date: null, url: null, text: example, source: 't.txt' });
    const reasons = e.entities.filter((x) => x.type === 'Event').map((x) => x.mentions[0]?.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r === reason || !r?.startsWith('event.'))).toBe(true);
  });
});
