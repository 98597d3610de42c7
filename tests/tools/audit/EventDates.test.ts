import { describe, expect, it } from 'vitest';
import { EventDates } from '../../../tools/audit/EventDates.js';
import type { ExtractedEntity } from '../../../src/types.js';

const event = (date: string | null, kind = 'conference'): ExtractedEntity =>
  ({ id: `event:${date}`, type: 'Event', name: `${kind} · ${date}`, aliases: [], mentions: [], date, kind } as ExtractedEntity);

describe('audit event dates', () => {
  it.each([
    // [event date, latest article date when the event is seen, latest date of the corpus, flagged]
    ['1944', '2017-02-01', '2017-07-15', true],
    ['2020-05', '2017-02-01', '2017-07-15', false],
    ['2021', '2017-02-01', '2017-07-15', true],
    // seen before any dated article: kept, then judged against the corpus's latest date
    ['2021', null, '2017-07-15', true],
    ['2019', null, '2017-07-15', false],
    // seen while the latest date was older: judged again at the end
    ['2021', '2016-01-01', '2018-07-15', false],
  ] as const)('%s (latest then %s, at the end %s) → %s', (date, then, end, flagged) => {
    const events = new EventDates();
    events.add('a1', event(date), then, () => 'sentence');
    expect(events.implausible(end).map((e) => e.date)).toEqual(flagged ? [date] : []);
  });

  it('counts events without a year by kind', () => {
    const events = new EventDates();
    for (const e of [event(null), event('--03-10', 'festival'), event('--04', 'festival'), event('2017')]) events.add('a1', e, null, () => '');
    expect([events.count, events.withoutYearTotal, Object.fromEntries(events.withoutYear)]).toEqual([4, 3, { conference: 1, festival: 2 }]);
  });
});
