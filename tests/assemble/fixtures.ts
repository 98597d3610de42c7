import type { Extraction } from '../../src/types.js';

const person = (id: string, name: string, article: string) => ({
  id, type: 'Person' as const, name, aliases: [], titles: ['Thống đốc'], country: 'JP',
  mentions: [{ start: 0, end: name.length, type: 'Person' as const, text: name, reason: 'test' }],
});
const locality = (id: string, name: string, country: string, parent: string | null = null) => ({
  id, type: 'Locality' as const, name, aliases: [], kind: 'province' as const, country, parent, mentions: [],
});

export function extraction(article: string, date: string): Extraction {
  return {
    article: { id: article, title: `Bài ${article}`, date, url: null, source: 'seed.txt' },
    entities: [
      person('person:abe', article === 'a1' ? 'Abe' : 'Abe Shinzo', article),
      locality('locality:VN:binh-dinh', 'Bình Định', 'VN'),
      locality('locality:JP:fukuoka', 'Fukuoka', 'JP'),
      locality('locality:VN:quy-nhon', 'Quy Nhơn', 'VN', 'locality:VN:binh-dinh'),
    ],
    relations: [
      { type: 'AGREEMENT', source: article === 'a1' ? 'locality:VN:binh-dinh' : 'locality:JP:fukuoka',
        target: article === 'a1' ? 'locality:JP:fukuoka' : 'locality:VN:binh-dinh', date, status: 'done',
        evidence: [{ article, sentence: `Abe ký kết ${article}`, rule: 'sign' }] },
      { type: 'VISITED', source: 'person:abe', target: 'locality:VN:ghost', date, evidence: [] },
    ],
  };
}
