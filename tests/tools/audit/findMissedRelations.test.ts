import { describe, expect, it } from 'vitest';
import { triggerSentences } from '../../../tools/audit/findMissedRelations.js';
import { STRONG_TRIGGERS } from '../../../tools/audit/triggers.js';
import { article, entity, relation } from './fixtures.js';

const TEXT = 'Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp Thống đốc tỉnh Gifu Furuta Hajime. ' +
  'Đoàn tỉnh Gifu đến thăm Nghệ An. Hai bên ký kết biên bản ghi nhớ. Ông Nguyễn Đức Trung làm việc với Furuta Hajime.';
const ENTITIES = [
  entity(TEXT, 'Locality', 'Nghệ An'),
  entity(TEXT, 'Locality', 'Gifu'),
  entity(TEXT, 'Person', 'Nguyễn Đức Trung'),
  entity(TEXT, 'Person', 'Furuta Hajime'),
];
const S1 = 'Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp Thống đốc tỉnh Gifu Furuta Hajime.';
const S2 = 'Đoàn tỉnh Gifu đến thăm Nghệ An.';
const S4 = 'Ông Nguyễn Đức Trung làm việc với Furuta Hajime.';

describe('audit missed relations', () => {
  it.each([
    ['no relation: every trigger sentence with two parties is missed', [],
      [[S1, ['tiếp'], false, true], [S2, ['thăm'], false, true], [S4, ['làm việc với'], false, true]]],
    ['a MET cites the first sentence', [relation('MET', 'person:Furuta Hajime', 'person:Nguyễn Đức Trung', S1)],
      [[S1, ['tiếp'], true, true], [S2, ['thăm'], false, true], [S4, ['làm việc với'], false, true]]],
    // HOLDS_POSITION is not a relation the trigger asks for
    ['a HOLDS_POSITION does not count', [relation('HOLDS_POSITION', 'person:Nguyễn Đức Trung', 'locality:Nghệ An', S1)],
      [[S1, ['tiếp'], false, true], [S2, ['thăm'], false, true], [S4, ['làm việc với'], false, true]]],
  ] as const)('%s', (_, relations, expected) => {
    const { article: a, extraction } = article('a1', TEXT, ENTITIES, [...relations]);
    // "Hai bên ký kết biên bản ghi nhớ." names nobody: not a candidate.
    expect(triggerSentences(a.sentences, extraction, STRONG_TRIGGERS).map((t) => [t.sentence, t.triggers, t.related, t.bothSides])).toEqual(expected);
  });

  it.each([
    // both parties before the trigger
    ['Nghệ An và Gifu đã ký kết thỏa thuận.', false],
    ['Nghệ An ký kết thỏa thuận với Gifu.', true],
  ])('%s: parties on both sides %s', (text, expected) => {
    const { article: a, extraction } = article('a2', text, [entity(text, 'Locality', 'Nghệ An'), entity(text, 'Locality', 'Gifu')]);
    expect(triggerSentences(a.sentences, extraction, STRONG_TRIGGERS).map((t) => t.bothSides)).toEqual([expected]);
  });

  it('needs two distinct entities: one named twice is not enough', () => {
    const text = 'Nghệ An tiếp đoàn khách của Nghệ An.';
    const { article: a, extraction } = article('a3', text, [entity(text, 'Locality', 'Nghệ An')]);
    expect(triggerSentences(a.sentences, extraction, STRONG_TRIGGERS)).toEqual([]);
  });
});
