import { describe, expect, it } from 'vitest';
import { unmaskJson } from '../../viewer/src/internal/unmaskJson.js';

const M = '\uFFFD';

describe('unmaskJson: the spam mask character leaves every string, the words around it join', () => {
  it.each([
    [{ title: `Phó Chủ tịch Thường trực ${M} tỉnh ${M}` }, { title: 'Phó Chủ tịch Thường trực tỉnh' }],
    [{ label: `${M} Nguyễn Văn Bình` }, { label: 'Nguyễn Văn Bình' }],
    [{ sentence: `Ông ${M}${M} gặp ${M}Trần Châu.` }, { sentence: 'Ông gặp Trần Châu.' }],
    [{ variants: [`${M}`, 'Bình Định'] }, { variants: ['', 'Bình Định'] }],
    [{ quote: `nói "${M} hợp tác"` }, { quote: 'nói " hợp tác"' }],
    [{ clean: 'Bình Định' }, { clean: 'Bình Định' }],
  ])('%j → %j', (input, expected) => {
    expect(JSON.parse(unmaskJson(JSON.stringify(input)))).toEqual(expected);
  });
});
