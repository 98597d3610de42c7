import type { AgreementKind } from '../../types.js';
import { bounded } from '../internal/bounded.js';

export interface AgreementRule {
  reason: string;
  match: RegExp;
  kind: AgreementKind;
}

export const AGREEMENT_RULES: AgreementRule[] = [
  // "ký kết thỏa thuận thiết lập mối quan hệ hữu nghị", "thiết lập quan hệ hợp tác hữu nghị vào năm 2014"
  { reason: 'agreement.friendship', kind: 'friendship', match: /(?:thiết lập|ký kết|ký)[^.;]{0,40}?(?:quan hệ|thỏa thuận|thoả thuận)[^.;]{0,25}?(?:hữu nghị|kết nghĩa)|kết nghĩa|thành phố kết nghĩa|(?:[Tt]hỏa|[Tt]hoả) thuận hợp tác hữu nghị|quan hệ hữu nghị[^.;]{0,20}đã thiết lập|quan hệ hợp tác hữu nghị đã thiết lập/gu },
  // "Biên bản ghi nhớ hợp tác giữa UBND huyện Mê Linh và Học viện Nhật ngữ"
  { reason: 'agreement.mou', kind: 'mou', match: /[Bb]iên bản ghi nhớ|[Bb]ản ghi nhớ|\bMOU\b|\bMoU\b/gu },
  // "các nội dung, lĩnh vực hợp tác đã ký kết năm 2020", "đã ký Thỏa thuận hợp tác năm 2008"
  { reason: 'agreement.cooperation', kind: 'cooperation', match: /(?:[Tt]hỏa|[Tt]hoả) thuận hợp tác|[Hh]iệp định hợp tác|(?:đã|vừa) (?:ký kết|ký)|(?:hợp tác|văn kiện) đã (?:ký kết|ký)|thiết lập (?:mối )?quan hệ hợp tác/gu },
];

/** Proposals and wishes are not agreements. */
export const NOT_YET = /đề nghị|sớm ký|sẽ ký|mong muốn|hướng tới|tiến tới ký|đề xuất|chứng kiến/u;
/** "hai địa phương", "hai bên": the article's two places. */
export const BOTH_SIDES = bounded('(?:hai|2) (?:địa phương|bên|thành phố|tỉnh)');
