import { describe, expect, it } from 'vitest';
import { localDate, nightlyRunDue, utcOffsetHours } from './nightly';

describe('the nightly run', () => {
  // Norway's summer time in 2026: 29 March to 25 October.
  describe.each([
    ['15 22 * * *', '2026-07-01T22:15:00Z', true, 'summer: 00:15 in Oslo'],
    ['15 23 * * *', '2026-07-01T23:15:00Z', false, 'summer: 01:15 in Oslo'],
    ['15 22 * * *', '2026-12-01T22:15:00Z', false, 'winter: 23:15 in Oslo'],
    ['15 23 * * *', '2026-12-01T23:15:00Z', true, 'winter: 00:15 in Oslo'],
    ['15 22 * * *', '2026-07-01T23:05:00Z', true, 'summer, started 50 minutes late'],
    ['15 23 * * *', '2026-12-02T00:20:00Z', true, 'winter, started an hour late'],
    ['15 22 * * *', '2026-03-28T22:15:00Z', false, 'the night summer time begins (still +1)'],
    ['15 22 * * *', '2026-10-24T22:15:00Z', true, 'the night summer time ends (still +2)'],
  ])('%s at %s', (cron, instant, due, what) => {
    it(`${due ? 'goes on' : 'stops'} (${what})`, () => {
      expect(nightlyRunDue(cron, new Date(instant))).toBe(due);
    });
  });

  it('knows Oslo’s offset in summer and winter', () => {
    expect(utcOffsetHours(new Date('2026-07-01T12:00:00Z'))).toBe(2);
    expect(utcOffsetHours(new Date('2026-01-01T12:00:00Z'))).toBe(1);
  });

  it('builds as of the date in Oslo, which is a day ahead of UTC just after midnight', () => {
    expect(localDate(new Date('2026-12-01T23:15:00Z'))).toBe('2026-12-02');
    expect(localDate(new Date('2026-07-01T22:15:00Z'))).toBe('2026-07-02');
    expect(localDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('refuses a cron line without a fixed hour, naming it', () => {
    expect(() => nightlyRunDue('*/5 * * * *', new Date())).toThrow(/"\*\/5 \* \* \* \*"/);
  });
});
