import { describe, expect, it } from 'vitest';
import { facts } from './facts.js';

describe('relate: visits', () => {
  it.each([
    // reception of a foreign delegation: home → host's place, and its leader → host's place
    ['Ngày 10/11/2023, Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thành tiếp Đoàn công tác của tỉnh Shizuoka (Nhật Bản) do ông Suzuki Ichiro, Phó Thống đốc tỉnh Shizuoka làm trưởng đoàn.',
      ['MET Suzuki Ichiro → Nguyễn Văn Thành done 2023-11-10', 'VISITED Shizuoka → Quảng Ninh done 2023-11-10', 'VISITED Suzuki Ichiro → Quảng Ninh done 2023-11-10']],
    // a delegation travelling abroad; "trưởng đoàn" is a role, not a second delegation
    ['Đoàn đại biểu tỉnh Bắc Ninh do Chủ tịch UBND tỉnh Nguyễn Hương Giang làm trưởng đoàn đã đến thăm và làm việc tại tỉnh Saitama.',
      ['VISITED Bắc Ninh → Saitama done', 'VISITED Nguyễn Hương Giang → Saitama done']],
    // "sẽ sang thăm": planned, with the month
    ['Thống đốc tỉnh Nagasaki Oishi Kengo cho biết sẽ sang thăm tỉnh Thái Bình vào tháng 5/2024.',
      ['VISITED Nagasaki → Thái Bình planned 2024-05', 'VISITED Oishi Kengo → Thái Bình planned 2024-05']],
    // an invitation nobody has accepted is no visit
    ['Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị mời Thống đốc tỉnh Aichi Omura Hideaki sang thăm tỉnh Nam Định.', []],
    // online meetings are no visits
    ['Đoàn đại biểu tỉnh Hà Nam tham dự hội thảo trực tuyến với tỉnh Tottori.', []],
    // sport and other news stay quiet
    ['Tuyển Việt Nam thắng Thái Lan 2-0 tại sân Mỹ Đình, Hà Nội tối qua.', []],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('relate: meetings', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã có buổi hội kiến với Thống đốc tỉnh Gifu Furuta Hajime.',
      ['MET Furuta Hajime → Nguyễn Đức Trung done']],
    ['Bà Nguyễn Thị Lan Anh, Phó Chủ tịch UBND tỉnh Lào Cai, tiếp ông Sato Kenji.', ['MET Sato Kenji → Nguyễn Thị Lan Anh done']],
    // a delegation named again without its leader is led as said before
    ['Đoàn đại biểu thành phố Hà Nội do Phó Bí thư Thành ủy Hà Nội Nguyễn Thị Tuyến làm trưởng đoàn đã đến thăm tỉnh Fukuoka. Tiếp đón Đoàn đại biểu thành phố Hà Nội, Thống đốc tỉnh Fukuoka Hattori Seitaro bày tỏ vui mừng.',
      ['MET Hattori Seitaro → Nguyễn Thị Tuyến done', 'VISITED Hà Nội → Fukuoka done', 'VISITED Nguyễn Thị Tuyến → Fukuoka done']],
    // a meeting sentence without a date takes the day the lead gives
    ['Hội đàm cấp cao Việt Nam - Nhật Bản\nSáng 6/6/2017, tại Tokyo, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Shinzo Abe. Thủ tướng Nguyễn Xuân Phúc cũng đã tiếp Thống đốc tỉnh Aichi Hideaki Omura.',
      ['MET Hideaki Omura → Nguyễn Xuân Phúc done 2017-06-06', 'MET Shinzo Abe → Nguyễn Xuân Phúc done 2017-06-06']],
    // people on the same side did not meet each other
    ['Chủ tịch UBND tỉnh Bình Định Nguyễn Phi Long và Phó Chủ tịch Trần Châu dự lễ khai mạc.', []],
    // "tiếp tục" (continue) receives nobody
    ['Tổng thống Donald Trump tiếp tục chỉ trích thẩm phán James Robart.', []],
    // only office holders hold meetings worth an edge
    ['Lúc này, ông Lưu Đức Vinh làm việc với ông Huỳnh Thanh tại bãi cát.', []],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('relate: agreements', () => {
  it.each([
    ['Năm 2015, tỉnh Thừa Thiên Huế và tỉnh Kumamoto đã ký kết thỏa thuận hợp tác hữu nghị.', ['AGREEMENT Kumamoto → Thừa Thiên Huế done 2015']],
    ['Từ khi thiết lập quan hệ hợp tác hữu nghị vào năm 2014, tỉnh Bình Dương và tỉnh Yamaguchi đã có nhiều hoạt động.', ['AGREEMENT Yamaguchi → Bình Dương done 2014']],
    // proposals are not agreements
    ['Lãnh đạo tỉnh Hưng Yên đề nghị sớm ký kết thỏa thuận hợp tác hữu nghị với tỉnh Gunma.', []],
    // members of a list are not the parties of the agreement that introduces it
    ['Tỉnh Bình Dương đã thiết lập quan hệ hợp tác với 4 tổ chức, bao gồm: Hiệp hội Đô thị Khoa học Thế giới và Hiệp hội Trung tâm Thương mại Thế giới.', []],
    // a province does not agree with its own People's Committee
    ['Sáng 6/2, Hyosung đã ký kết biên bản ghi nhớ với UBND tỉnh Bà Rịa - Vũng Tàu về dự án.', []],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
