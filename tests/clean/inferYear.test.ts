import { describe, expect, it } from 'vitest';
import { inferYear } from '../../src/clean/inferYear.js';

describe('inferYear', () => {
  it.each([
    ['the source date wins', 'năm 2008', '2017-05-26', 2017],
    ['a planned month next year does not move the report', 'kỷ niệm 15 năm (2008-2023) ... năm 2023 ... tháng 1/2024', null, 2023],
    ['a tie with the year before goes to the earlier one', 'kỷ niệm 15 năm (2008-2023) ... sẽ sang thăm trong tháng 1/2024', null, 2023],
    ['the latest named year otherwise', 'ký kết năm 2020 ... đầu năm 2024', null, 2024],
    ['no year at all', 'ngày 11/10', null, null],
    ['a target year is not the report\'s', 'ký kết tháng 1/2017 ... Tuyên bố tầm nhìn chung về hợp tác quốc phòng đến năm 2025', null, 2017],
    ['nor a period\'s', 'năm 2018 ... kế hoạch giai đoạn 2021-2025', null, 2018],
    ['nor a year before or after the news', 'kết quả năm 2016 ... đạt 10 tỷ USD vào năm 2025, trước năm 2030', null, 2016],
    ['nor a later year of a sentence that aims', 'kết quả năm 2016. Phấn đấu đến năm 2020 đạt 4,5 tỉ USD, năm 2030 đạt 10 tỉ USD', null, 2016],
    ['nor a year compared with', 'Hội nghị ngày 5/6 ... tăng 36% so với năm 2015', null, null],
    ['the same season of last year dates the news a year later', 'tăng 36 % so với cùng kỳ năm 2015', null, 2016],
    ['nor the end of a term', 'ngày 6-2-2017 ... thành viên Ban Chấp hành (2016-2019)', null, 2017],
    ['but an anniversary counts up to its year', 'kỷ niệm 15 năm thiết lập quan hệ (2008-2023)', null, 2023],
  ])('%s', (_, text, date, expected) => {
    expect(inferYear(text, date)).toBe(expected);
  });
});
