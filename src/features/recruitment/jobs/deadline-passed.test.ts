import { describe, expect, it } from 'vitest';
import { deadlinePassed, norwegianDate } from './deadline-passed';

describe('deadlinePassed', () => {
  describe.each([
    ['2026-11-24', '2026-11-24T12:00:00Z', false, 'on the deadline day'],
    ['2026-11-24', '2026-11-24T22:59:00Z', false, 'at 23:59 in Oslo on the deadline day (winter)'],
    ['2026-11-24', '2026-11-24T23:00:00Z', true, 'at midnight in Oslo after it (winter)'],
    ['2026-06-24', '2026-06-24T22:00:00Z', true, 'at midnight in Oslo after it (summer)'],
    [
      '2026-06-24',
      '2026-06-24T21:59:00Z',
      false,
      'at 23:59 in Oslo (summer), though UTC says the same day',
    ],
    ['2026-11-24', '2026-11-23T23:30:00Z', false, 'the day before'],
  ])('deadline %s at %s', (deadline, now, passed, when) => {
    it(`${passed ? 'has' : 'has not'} passed ${when}`, () => {
      expect(deadlinePassed(deadline, new Date(now))).toBe(passed);
    });
  });

  it('reads the date in Norway', () => {
    expect(norwegianDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
