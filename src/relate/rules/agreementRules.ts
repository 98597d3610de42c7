import type { AgreementKind } from '../../types.js';
import { bounded } from '../internal/bounded.js';
import { words } from '../internal/words.js';

export interface AgreementRule {
  reason: string;
  /** A sentence the rule fires on, under its own name (checked by a test). */
  example: string;
  match: RegExp;
  kind: AgreementKind;
}

/** Verbs of signing or establishing. */
const SIGN = words(['thiết lập', 'ký kết', 'ký']);
/** Documents of a friendship or twinning. */
const FRIENDSHIP_DOC = words(['quan hệ', 'thỏa thuận', 'thoả thuận', 'văn bản']);
/** Documents of a cooperation. */
const COOPERATION_DOC = words([
  '[Tt]hỏa thuận hợp tác',
  '[Tt]hoả thuận hợp tác',
  '[Hh]iệp định hợp tác',
  '[Vv]ăn bản hợp tác',
  '[Cc]hương trình hợp tác',
  '[Bb]iên bản hợp tác',
]);

const rx = (source: string) => new RegExp(source, 'gu');

export const AGREEMENT_RULES: AgreementRule[] = [
  {
    reason: 'agreement.friendship', kind: 'friendship',
    example: 'Năm 2015, tỉnh Thừa Thiên Huế và tỉnh Kumamoto đã ký kết thỏa thuận hợp tác hữu nghị.',
    match: rx(words([
      `(?:${SIGN})[^.;]{0,40}?(?:${FRIENDSHIP_DOC})[^.;]{0,25}?(?:hữu nghị|kết nghĩa)`,
      'kết nghĩa',
      '[Tt]h[ỏo]a thuận hợp tác hữu nghị',
      'quan hệ (?:hợp tác )?hữu nghị[^.;]{0,20}(?:đã|được) thiết lập',
      'thiết lập (?:mối )?quan hệ (?:hợp tác )?hữu nghị',
    ])),
  },
  {
    reason: 'agreement.mou', kind: 'mou',
    example: 'Kết thúc buổi làm việc, UBND tỉnh Quảng Nam và tỉnh Shizuoka đã ký Biên bản ghi nhớ hợp tác.',
    match: rx(words(['[Bb]iên bản ghi nhớ', '[Bb]ản ghi nhớ', '\\bMOU\\b', '\\bMoU\\b'])),
  },
  {
    reason: 'agreement.cooperation', kind: 'cooperation',
    example: 'Thành phố Hồ Chí Minh đã thiết lập quan hệ hợp tác với tỉnh Osaka và thành phố Yokohama.',
    match: rx(words([
      COOPERATION_DOC,
      // A sales or service contract ("đã ký hợp đồng … bán, lắp đặt") is trade, not cooperation.
      '(?:đã|vừa) (?:ký kết|ký)(?! (?:kết )?hợp đồng(?! hợp tác))',
      '(?:hợp tác|văn kiện) đã (?:ký kết|ký)',
      'thiết lập (?:mối )?quan hệ hợp tác',
      'ký (?:kết )?(?:văn bản|thỏa thuận|thoả thuận|hiệp định)',
      'quan hệ hợp tác từ năm',
    ])),
  },
];

/** Proposals and wishes are not agreements; "dưới sự chứng kiến của" is a signing that took place. */
export const NOT_YET = new RegExp(`${words([
  'đề nghị', 'sớm ký', 'sẽ ký', 'sẽ được ký', 'sẽ tiến hành ký', 'sắp ký', 'chuẩn bị ký', 'mong muốn', 'hướng tới', 'hướng đến', 'tiến tới ký', 'đề xuất', 'dự kiến', 'xem xét', 'nghiên cứu', 'nhằm', 'để',
])}|(?<!sự )chứng kiến`, 'u');
/** After a document's name, a signing still to come: "Thỏa thuận hợp tác phát triển dự án … sẽ được ký kết giữa …". */
export const SIGNED_LATER = /^(?:[^,;.]{0,80}?\s)?(?:sẽ|sắp|dự kiến)(?: được)? (?:ký|thiết lập)/u;
/** "hai địa phương", "hai bên": the article's two places. */
export const BOTH_SIDES = bounded('(?:hai|2) (?:địa phương|bên|thành phố|tỉnh)');
/** Before a list of partners: "với 8 tỉnh Bắc Lào, gồm", "với các đối tác Việt Nam gồm". */
export const PARTNERS_LEAD = /^[^.;]{0,60}?(?:bao )?gồm:?\s+/u;
