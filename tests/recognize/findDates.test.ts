import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/recognize/findDates.js';

describe('findDates', () => {
  it.each([
    ['sáng ngày 11/10, Phó Chủ tịch', ['2023-10-11*']],
    ['từ ngày 10-12/11, Đoàn', ['2023-11-10*']],
    ['trong tháng 10/2019, lãnh đạo', ['2019-10']],
    ['các năm 2010, 2013, 2018, thành phố', ['2010', '2013', '2018']],
    ['ngày 12 tháng 3 năm 2020', ['2020-03-12']],
    ['(28/1/1941-28/1/2026)', ['1941-01-28', '2026-01-28']],
    ['Từ tháng 4 tới', ['2023-04*']],
    ['khoảng 7/10 người', []],
    ['ngày 45/13', []],
    ['ngày 31/2 và ngày 32/1', []],
    ['ngày 13-5, chuyên cơ hạ cánh', ['2023-05-13*']],
    ['tại Nhật Bản ngày 5.6 Dưới sự chứng kiến', ['2023-06-05*']],
    ['ngày 13-5-2017 và 5.6.2017', ['2017-05-13', '2017-06-05']],
    ['cuối tháng 10-2025, tháng 6.2016', ['2025-10', '2016-06']],
    ['từ 2-3 ngày, hôm 2-3 người', []],
    ['doanh thu năm 2050 tỷ đồng', []],
    ['giai đoạn 2021-2025', ['2021', '2025']],
  ])('%s', (text, expected) => {
    expect(findDates(text, 2023).map((d) => d.value.value + (d.value.yearExplicit ? '' : '*'))).toEqual(expected);
  });

  it.each([
    ['Mục tiêu đến năm 2030, tỉnh trở thành trung tâm', 2023, ['2030:target']],
    ['Chiến lược phát triển tầm nhìn 2045', 2023, ['2045:target']],
    ['kế hoạch giai đoạn 2021-2025', 2023, ['2021:period', '2025:period']],
    ['nhiệm kỳ 2020-2025', 2023, ['2020:period', '2025:period']],
    ['kỷ niệm 45 năm thiết lập quan hệ ngoại giao (1973-2018)', 2018, ['1973:origin', '2018:period']],
    ['Trường được thành lập năm 1960', 2023, ['1960:origin']],
    ['hai tỉnh kết nghĩa từ năm 2008', 2017, ['2008:origin']],
    ['Cách mạng tháng 8/1945 và năm 1930', 2023, ['1945-08', '1930:origin']],
    ['dân số có thể đạt 10 triệu vào năm 2050', 2017, ['2050:target']],
    ['Trên cơ sở Thỏa thuận hợp tác năm 2008 và các năm 2010, 2013', 2023, ['2008:origin', '2010:origin', '2013:origin']],
    // the days of what the article reports keep no role
    ['Sáng 15/5/2017, đoàn đến thăm tỉnh', 2017, ['2017-05-15']],
    ['Hai bên đã thiết lập quan hệ hữu nghị ngày 12/5', 2017, ['2017-05-12*']],
    ['Lễ ký kết diễn ra tháng 10/2017', 2017, ['2017-10']],
    ['Đoàn sẽ thăm Nhật Bản vào tháng 3/2018', 2017, ['2018-03']],
  ])('%s (article of %i)', (text, year, expected) => {
    expect(findDates(text, year).map((d) => d.value.value + (d.value.yearExplicit ? '' : '*') + (d.role ? `:${d.role}` : ''))).toEqual(expected);
  });

  it.each([
    ['Mục tiêu đến năm 2030, tỉnh trở thành trung tâm', ['2030:target']],
    ['đạt 10 tỷ USD vào năm 2025 như yêu cầu của Thủ tướng', ['2025:target']],
    ['Ngày 6-2, tại Cà Mau, hội nghị', ['--02-06*']],
  ])('%s (article of unknown year)', (text, expected) => {
    expect(findDates(text, null).map((d) => d.value.value + (d.value.yearExplicit ? '' : '*') + (d.role ? `:${d.role}` : ''))).toEqual(expected);
  });

  it('keeps the year unknown when the article gives none', () => {
    expect(findDates('ngày 11/10', null)[0]!.value).toEqual({ value: '--10-11', year: null, yearExplicit: false });
  });
});
