import { describe, expect, it } from 'vitest';
import { splitGluedWords } from '../../src/clean/splitGluedWords.js';
import { isVietnameseSyllable } from '../../src/clean/internal/vnSyllable.js';

describe('splitGluedWords', () => {
  it.each([
    ['Ban Quản lý dự án giao thôngBình Dươnglàm chủ đầu tư', 'Ban Quản lý dự án giao thông Bình Dương làm chủ đầu tư'],
    ['Quan hệTrung Quốc- Nhật Bản', 'Quan hệ Trung Quốc- Nhật Bản'],
    ['BáoAsahi Shimbunnhận định', 'Báo Asahi Shimbun nhận định'],
    ['Theo trang tinChosun Biz', 'Theo trang tin Chosun Biz'],
    ['Tổng thốngMỹDonald Trump', 'Tổng thống Mỹ Donald Trump'],
    ['tổ chức tạiTP.HCMtổ chức', 'tổ chức tại TP.HCM tổ chức'],
    ['một khốikhông khí lạnh', 'một khối không khí lạnh'],
    ['Chủ tịchUBND tỉnh', 'Chủ tịch UBND tỉnh'],
    ['TheoReuters', 'Theo Reuters'],
    ['Huỳnh NhưPRIMETùng', 'Huỳnh Như PRIME Tùng'],
    ['thi đấu tạiV.League', 'thi đấu tại V.League'],
    ['để MMAViệt Nam, CLBHà Nội, CNNgần đây', 'để MMA Việt Nam, CLB Hà Nội, CNN gần đây'],
    ['Tri Thức - Znewsgiới thiệu', 'Tri Thức - Znews giới thiệu'],
    ['Sài Gònnhư, càphê, Khánh Hòacho', 'Sài Gòn như, cà phê, Khánh Hòa cho'],
    ['Triều Tiên KCTVnói, Giám đốc CATPchúc mừng, chủ tịch UBNDthành phố', 'Triều Tiên KCTV nói, Giám đốc CATP chúc mừng, chủ tịch UBND thành phố'],
    ['Công ty OpenAIcủa Mỹ, Sở TPPhú, TNHHNhà máy', 'Công ty OpenAI của Mỹ, Sở TP Phú, TNHH Nhà máy'],
    ['Nguyễn Huy ThiệplàKhông, Hà NamvàNam Định', 'Nguyễn Huy Thiệp là Không, Hà Nam và Nam Định'],
    ['Nhà máy HeinekenViệt Nam, thị trấn PleiKần', 'Nhà máy Heineken Việt Nam, thị trấn Plei Kần'],
    ['Công ty TechInsightsgiả định, McGregortrở lại', 'Công ty TechInsights giả định, McGregor trở lại'],
    ['Ronaldođang, Báo VnExpressvà', 'Ronaldo đang, Báo VnExpress và'],
    ['theoNBC News, tinAFP, ởCần Giờ', 'theo NBC News, tin AFP, ở Cần Giờ'],
    // a syllable never runs into a number; codes do
    ['bị can Lê Duy Thành20 tỷ đồngvà1,3 triệu USD', 'bị can Lê Duy Thành 20 tỷ đồng và 1,3 triệu USD'],
    ['Hoa hậu Việt Nam2024, Hoàn Vũ2015Pia Wurtzbach, đạo diễnF1Joseph Kosinski, F1là', 'Hoa hậu Việt Nam 2024, Hoàn Vũ 2015 Pia Wurtzbach, đạo diễn F1 Joseph Kosinski, F1 là'],
    ['COP26, Km22, H5N1, 5km, 12A1, U23, G20, 4Motion, Covid-19', 'COP26, Km22, H5N1, 5km, 12A1, U23, G20, 4Motion, Covid-19'],
    // real mixed-case words stay whole
    ['iPhone 16 và iPad, macOS', 'iPhone 16 và iPad, macOS'],
    ['TikTok, YouTube, DeepSeek, ChatGPT, OpenAI', 'TikTok, YouTube, DeepSeek, ChatGPT, OpenAI'],
    ['McAuliffe, McLaren, MacBook, LeBlanc, DiCaprio', 'McAuliffe, McLaren, MacBook, LeBlanc, DiCaprio'],
    ['VinFast, VinFuture, PVcomBank, VNeID, MetLife, WeChat', 'VinFast, VinFuture, PVcomBank, VNeID, MetLife, WeChat'],
    ['sàn HoSE, TP.HCM, PGS.TS, UBND, ThS, kWh', 'sàn HoSE, TP.HCM, PGS.TS, UBND, ThS, kWh'],
    ['Brasileirão, José, André, Đắk Lắk, Krông Pắc, Êđê', 'Brasileirão, José, André, Đắk Lắk, Krông Pắc, Êđê'],
    ['Takaichi, Kihara, Shinzo', 'Takaichi, Kihara, Shinzo'],
  ])('%s', (input, expected) => {
    expect(splitGluedWords(input)).toBe(expected);
  });
});

describe('isVietnameseSyllable', () => {
  it.each([
    ['nghiêng', true], ['quốc', true], ['giữa', true], ['Dương', true], ['khuya', true], ['thuở', true],
    ['mac', false], ['chat', false], ['Vâ', false], ['hệt', true], ['hềt', false], ['Shimbun', false], ['ở', true],
  ])('%s → %s', (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });
});

describe('splitGluedWords: words left whole', () => {
  it.each([
    ['María, Condé, Mané'],
    ['Sài Gòngồm'],
    ['Juventusở Turin'],
    ['Ngoại hạng Anh'],
  ])('%s', (input) => {
    expect(splitGluedWords(input)).toBe(input);
  });
});
