import { describe, expect, it } from 'vitest';
import { facts } from './facts.js';

describe('relate: visits', () => {
  it.each([
    // reception of a foreign delegation: home → host's place, and its leader → host's place
    ['Ngày 10/11/2023, Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thành tiếp Đoàn công tác của tỉnh Shizuoka (Nhật Bản) do ông Suzuki Ichiro, Phó Thống đốc tỉnh Shizuoka làm trưởng đoàn.',
      ['MET Suzuki Ichiro → Nguyễn Văn Thành done 2023-11-10 (meet.verb)', 'VISITED Shizuoka → Quảng Ninh done 2023-11-10 (visit.reception)', 'VISITED Suzuki Ichiro → Quảng Ninh done 2023-11-10 (visit.reception.leader)']],
    // a delegation travelling abroad; "trưởng đoàn" is a role, not a second delegation
    ['Đoàn đại biểu tỉnh Bắc Ninh do Chủ tịch UBND tỉnh Nguyễn Hương Giang làm trưởng đoàn đã đến thăm và làm việc tại tỉnh Saitama.',
      ['VISITED Bắc Ninh → Saitama done (visit.travel)', 'VISITED Nguyễn Hương Giang → Saitama done (visit.travel.leader)']],
    // "sẽ sang thăm": planned, with the month
    ['Thống đốc tỉnh Nagasaki Oishi Kengo cho biết sẽ sang thăm tỉnh Thái Bình vào tháng 5/2024.',
      ['VISITED Nagasaki → Thái Bình planned 2024-05 (visit.travel)', 'VISITED Oishi Kengo → Thái Bình planned 2024-05 (visit.travel.leader)']],
    // an invitation nobody has accepted is no visit
    ['Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị mời Thống đốc tỉnh Aichi Omura Hideaki sang thăm tỉnh Nam Định.', []],
    // a joint delegation of several localities: one visit from each
    ['Ngày 11/7, đoàn lãnh đạo các địa phương Hà Nội, Đồng Nai và Long An do ông Nguyễn Đức Chung, Chủ tịch UBND thành phố Hà Nội dẫn đầu đã thăm và làm việc tại bang California.',
      ['VISITED Hà Nội → California done --07-11 (visit.travel)', 'VISITED Long An → California done --07-11 (visit.travel)', 'VISITED Nguyễn Đức Chung → California done --07-11 (visit.travel.leader)', 'VISITED Đồng Nai → California done --07-11 (visit.travel)']],
    // a bare "đoàn" is the delegation the article names; the place the clause opens with is where it went
    ['Đoàn đại biểu tỉnh Quảng Nam sang thăm Nhật Bản từ ngày 8/10. Ngày 10/10, tại thành phố Kobe, đoàn đã thăm và làm việc tại Công ty Kawasaki.',
      ['VISITED Quảng Nam → Kobe done --10-10 (visit.travel)']],
    // a foreign local leader received by a Vietnamese host travels to the host's place
    ['Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã tiếp Thống đốc tỉnh Shizuoka Kawakatsu Heita.',
      ['MET Kawakatsu Heita → Lê Trí Thanh done (meet.verb)', 'VISITED Kawakatsu Heita → Quảng Nam done (visit.reception-guest.leader)', 'VISITED Shizuoka → Quảng Nam done (visit.reception-guest)']],
    // "hội kiến" goes either way: no direction, no visit
    ['Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã có buổi hội kiến với Thống đốc tỉnh Gifu Furuta Hajime.', ['MET Furuta Hajime → Nguyễn Đức Trung done (meet.verb)']],
    // foreign leaders present at an event make a visit to where it is held
    ['Tham dự lễ khai mạc tại thành phố Đà Nẵng có Thống đốc tỉnh Shizuoka Kawakatsu Heita.',
      ['VISITED Kawakatsu Heita → Đà Nẵng done (visit.presence.leader)', 'VISITED Shizuoka → Đà Nẵng done (visit.presence)']],
    // officials of the same country at a meeting make no visit
    ['Tham dự cuộc họp tại thành phố Đà Nẵng có Phó Chủ tịch UBND tỉnh Quảng Nam Trần Văn Tân.', []],
    // a city's leader working in one of its own districts is not a visit
    ['Sáng 7/2, Bí thư Thành ủy Hà Nội Hoàng Trung Hải làm việc với lãnh đạo huyện Phúc Thọ.', []],
    // a place named after the trigger is no traveller
    ['Năm 1961, Bác Hồ về thăm quê Nghệ An và Bác ghé về thăm xã Kim Liên.', []],
    // the home is the place the whole party belongs to, past "và"
    ['Tháng 12/2015, ông Georgy Poltavchenko đã dẫn đầu đoàn đại biểu cấp cao và nhiều doanh nghiệp hàng đầu của Saint Petersburg thăm và làm việc tại thành phố Hồ Chí Minh.',
      ['VISITED Georgy Poltavchenko → Hồ Chí Minh done 2015-12 (visit.travel.leader)', 'VISITED Saint Petersburg → Hồ Chí Minh done 2015-12 (visit.travel)']],
    // the place a clause opens with is where the delegation went: "tại thủ đô Washington D.C., đoàn …"
    ['Đoàn đại biểu tỉnh Đồng Nai sang thăm Hoa Kỳ. Ngày 10/7, tại thủ đô Washington D.C, đoàn đã thăm và làm việc tại Bộ Thương mại Hoa Kỳ.',
      ['VISITED Đồng Nai → Washington D.C. done --07-10 (visit.travel)']],
    // representatives of foreign places at an event, unnamed
    ['Cùng tham dự còn có các đại biểu từ TP Milan, Italy; Kosice, Slovakia tại Hà Nội.',
      ['VISITED Košice → Hà Nội done (visit.presence)', 'VISITED Milano → Hà Nội done (visit.presence)']],
    // a venue city in a province the article names is a visit to the province as well
    ['Lễ hội hang động khai mạc tại quảng trường Bảo Ninh, TP Đồng Hới, tỉnh Quảng Bình. Tham dự chương trình có Tỉnh trưởng tỉnh Khăm Muộn, nước Cộng hòa Dân chủ Nhân dân Lào ông Vi-lay-vông Bút-đa-khăm.',
      ['VISITED Khammouane → Quảng Bình done (visit.presence)', 'VISITED Khammouane → Đồng Hới done (visit.presence)', 'VISITED Vi-lay-vông Bút-đa-khăm → Quảng Bình done (visit.presence.leader)', 'VISITED Vi-lay-vông Bút-đa-khăm → Đồng Hới done (visit.presence.leader)']],
    // a body named after Hồ Chí Minh comes from no place
    ['Phó Chủ tịch nước Lý Nguyên Triều đã tiếp đoàn đại biểu cấp cao của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tại Bắc Kinh.', []],
    // a department's team going to a district of its own province is no visit
    ['Đoàn công tác của Sở TNMT Kon Tum gồm 8 thành viên đến huyện Ia H’drai (Kon Tum) công tác.', []],
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
      ['MET Furuta Hajime → Nguyễn Đức Trung done (meet.verb)']],
    ['Bà Nguyễn Thị Lan Anh, Phó Chủ tịch UBND tỉnh Lào Cai, tiếp ông Sato Kenji.', ['MET Sato Kenji → Nguyễn Thị Lan Anh done (meet.verb)']],
    // a delegation named again without its leader is led as said before
    ['Đoàn đại biểu thành phố Hà Nội do Phó Bí thư Thành ủy Hà Nội Nguyễn Thị Tuyến làm trưởng đoàn đã đến thăm tỉnh Fukuoka. Tiếp đón Đoàn đại biểu thành phố Hà Nội, Thống đốc tỉnh Fukuoka Hattori Seitaro bày tỏ vui mừng.',
      ['MET Hattori Seitaro → Nguyễn Thị Tuyến done (meet.fronted)', 'VISITED Hà Nội → Fukuoka done (visit.travel)', 'VISITED Nguyễn Thị Tuyến → Fukuoka done (visit.travel.leader)']],
    // a meeting sentence without a date takes the day the lead gives
    ['Hội đàm cấp cao Việt Nam - Nhật Bản\nSáng 6/6/2017, tại Tokyo, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Shinzo Abe. Thủ tướng Nguyễn Xuân Phúc cũng đã tiếp Thống đốc tỉnh Aichi Hideaki Omura.',
      ['MET Hideaki Omura → Nguyễn Xuân Phúc done 2017-06-06 (meet.verb)', 'MET Shinzo Abe → Nguyễn Xuân Phúc done 2017-06-06 (meet.verb)']],
    // people on the same side did not meet each other
    ['Chủ tịch UBND tỉnh Bình Định Nguyễn Phi Long và Phó Chủ tịch Trần Châu dự lễ khai mạc.', []],
    // "tiếp tục" (continue) receives nobody
    ['Tổng thống Donald Trump tiếp tục chỉ trích thẩm phán James Robart.', []],
    // "ký tiếp" is "sign further", not a reception
    ['Tổng thống Donald Trump đã ký tiếp lệnh điều động, bất chấp phản đối từ Thống đốc Gavin Newsom.', []],
    // a welcome speech welcomes nobody in particular
    ['Phát biểu chào mừng, Hiệu trưởng Nguyễn Thị Mai cảm ơn Chủ tịch UBND tỉnh Bình Định Nguyễn Phi Long.', []],
    // "trực tiếp" is "directly", not a reception
    ['Tổng thống Park Geun-hye xuất hiện trực tiếp tại phiên thẩm vấn của bà Choi Soon-sil.', []],
    // welcoming a bare title's decision is praise, not a meeting
    ['Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri quận Ba Đình. Cử tri Trần Viết Hoàn nêu ý kiến, hoan nghênh Tổng Bí thư đã quyết tâm xử lý vụ việc.', []],
    // the people met end where a subordinate clause begins
    ['Phó Thủ tướng Bùi Thanh Sơn tiếp Bộ trưởng Ngoại giao New Zealand Winston Peters, sau khi Thủ tướng New Zealand Christopher Luxon thăm Việt Nam.',
      ['MET Bùi Thanh Sơn → Winston Peters done (meet.verb)']],
    // a meeting under a condition or in a question has not happened
    ['Khi được hỏi nếu Tổng thống Mỹ Donald Trump quyết định gặp Tổng thống Nga Vladimir Putin, ông không bình luận.', []],
    // a phone call is not a meeting
    ['Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Thủ tướng Shinzo Abe.', []],
    // only office holders hold meetings worth an edge
    ['Lúc này, ông Lưu Đức Vinh làm việc với ông Huỳnh Thanh tại bãi cát.', []],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('relate: agreements', () => {
  it.each([
    ['Năm 2015, tỉnh Thừa Thiên Huế và tỉnh Kumamoto đã ký kết thỏa thuận hợp tác hữu nghị.', ['AGREEMENT Kumamoto → Thừa Thiên Huế done 2015 (agreement.friendship)']],
    ['Từ khi thiết lập quan hệ hợp tác hữu nghị vào năm 2014, tỉnh Bình Dương và tỉnh Yamaguchi đã có nhiều hoạt động.', ['AGREEMENT Yamaguchi → Bình Dương done 2014 (agreement.friendship)']],
    // a sales contract is trade, not a cooperation agreement
    ['Công ty Thiên Sơn đã ký hợp đồng với Công ty TNHH Trâm Anh với nội dung bán, lắp đặt vật liệu lọc.', []],
    // a signing that will take place is no agreement yet
    ['Thỏa thuận hợp tác sẽ được ký kết giữa Ủy ban nhân dân thành phố Hà Nội và Tập đoàn Sumitomo.', []],
    // proposals are not agreements
    ['Lãnh đạo tỉnh Hưng Yên đề nghị sớm ký kết thỏa thuận hợp tác hữu nghị với tỉnh Gunma.', []],
    // members of a list agree with the party before "với", not with each other
    ['Tỉnh Bình Dương đã thiết lập quan hệ hợp tác với 2 tổ chức, bao gồm: Hiệp hội Doanh nghiệp Osaka và Tập đoàn Sumitomo.',
      ['AGREEMENT Bình Dương → Hiệp hội Doanh nghiệp Osaka done (agreement.cooperation)', 'AGREEMENT Bình Dương → Tập đoàn Sumitomo done (agreement.cooperation)']],
    // one locality with a list of partners: one pair each
    ['Thành phố Hồ Chí Minh đã thiết lập quan hệ hợp tác hữu nghị với tỉnh Osaka, tỉnh Fukuoka và thành phố Yokohama.',
      ['AGREEMENT Fukuoka → Hồ Chí Minh done (agreement.friendship)', 'AGREEMENT Osaka → Hồ Chí Minh done (agreement.friendship)', 'AGREEMENT Yokohama → Hồ Chí Minh done (agreement.friendship)']],
    // a three-party document: every pair of signatories
    ['Thỏa thuận hợp tác vừa được ký kết giữa UBND tỉnh Bắc Ninh, Tập đoàn Canon và Tập đoàn Sumitomo.',
      ['AGREEMENT Tập đoàn Canon → Tập đoàn Sumitomo done (agreement.cooperation)', 'AGREEMENT Tập đoàn Canon → UBND tỉnh Bắc Ninh done (agreement.cooperation)', 'AGREEMENT Tập đoàn Sumitomo → UBND tỉnh Bắc Ninh done (agreement.cooperation)']],
    // a city named with its province is one party
    ['Lãnh đạo thành phố Vinh, tỉnh Nghệ An và thành phố Kobe đã ký biên bản ghi nhớ hợp tác.', ['AGREEMENT Kobe → Vinh done (agreement.mou)']],
    // the venue of a signing is no party to it
    ['Ngày 5/6 tại thủ đô Tokyo, Lễ ký kết thỏa thuận hợp tác (MOU) giữa Tập đoàn Canon (đại diện là Công ty Canon Việt Nam) với Tập đoàn Sumitomo đã diễn ra.',
      ['AGREEMENT Tập đoàn Canon → Tập đoàn Sumitomo done --06-05 (agreement.mou)']],
    // an intention is not an agreement
    ['Đoàn sang thăm nhằm thiết lập quan hệ hữu nghị với Quốc hội Nhật Bản.', []],
    // a province does not agree with its own People's Committee
    ['Sáng 6/2, Hyosung đã ký kết biên bản ghi nhớ với UBND tỉnh Bà Rịa - Vũng Tàu về dự án.', []],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
