import { describe, expect, it } from 'vitest';
import { Audit } from '../../../tools/audit/Audit.js';
import { summarize } from '../../../tools/audit/summarize.js';
import { article, entity, relation } from './fixtures.js';

const VISIT = 'Đoàn tỉnh Gifu đến thăm Nghệ An vào năm 2017.';
const QUIET = 'Tổng thống xuất hiện trực tiếp tại Seoul cùng Park Geun.';
const EVENTS = 'Hội nghị Bretton Woods năm 1944 tại Washington.';

function audited(): Audit {
  const audit = new Audit(5, 'test');
  const runs = [
    article('visit', VISIT, [entity(VISIT, 'Locality', 'Gifu'), entity(VISIT, 'Locality', 'Nghệ An')],
      [relation('VISITED', 'locality:Gifu', 'locality:Nghệ An', VISIT, 'visit.travel')], '2017-05-02'),
    article('quiet', QUIET, [entity(QUIET, 'Locality', 'Seoul'), entity(QUIET, 'Person', 'Park Geun')],
      [relation('MET', 'person:Park Geun', 'locality:Seoul', QUIET, 'meet.verb')], '2017-06-01'),
    article('events', EVENTS, [
      entity(EVENTS, 'Event', 'conference · 1944', EVENTS, { date: '1944', kind: 'conference' }),
      entity(EVENTS, 'Event', 'conference', EVENTS, { date: null, kind: 'conference' }),
      entity(EVENTS, 'Person', 'Nguyễn Văn An\u200B', 'Bretton Woods'),
    ]),
  ];
  for (const r of runs) audit.add(r.article, r.extraction);
  return audit;
}

describe('audit over a small corpus', () => {
  it('counts relations, quiet articles, events and artifacts', () => {
    const s = summarize(audited(), ['test'], null);
    expect(s.articles).toBe(3);
    expect(s.latestDate).toBe('2017-06-01');
    expect(s.relations.byRule).toEqual({ 'MET meet.verb': 1, 'VISITED visit.travel': 1 });
    expect(s.relations.per1000Articles).toEqual({ MET: 333.3, VISITED: 333.3 });
    expect(s.missedRelations).toMatchObject({ sentences: 1, related: 1, missed: 0 });
    expect(s.missedRelations.byTrigger).toEqual({ thăm: { sentences: 1, related: 1, missed: 0, missedBothSides: 0 } });
    expect(s.quiet).toEqual({ withoutStrongTrigger: { articles: 2, relations: 1 }, withoutAnyTrigger: { articles: 2, relations: 1 } });
    expect(s.quality).toMatchObject({ events: 2, eventsImplausibleYear: 1, eventsWithoutYear: 1, artifacts: { 'zero-width character': 1 } });
  });

  it('lists the relation of a quiet article with its names and sentence', () => {
    expect(audited().quiet.relations).toEqual([
      { article: 'quiet', subject: 'Park Geun → Seoul', detail: 'MET · meet.verb', sentence: QUIET },
    ]);
  });
});
