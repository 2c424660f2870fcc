import { describe, expect, it } from 'vitest';
import { cpuSlowdown, median } from '../bench/cpu-slowdown';
import { maxPlanChapters, split } from '../bench/synthetic';

describe('cpuSlowdown', () => {
  // The calculator's points (Lighthouse docs/throttling.md), the points between them, and the
  // line past the last one.
  describe.each([
    [150, 1],
    [475, 1.5],
    [800, 2],
    [1050, 2.5],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2000, 6],
    [2500, 8.2],
  ])('benchmarkIndex %d', (benchmarkIndex, multiplier) => {
    it(`slows the CPU ${multiplier}×`, () => {
      expect(cpuSlowdown(benchmarkIndex)).toEqual({ multiplier, tooSlow: false });
    });
  });

  it('runs a machine slower than the reference device without slowdown, and says so', () => {
    expect(cpuSlowdown(120)).toEqual({ multiplier: 1, tooSlow: true });
  });

  it.each([NaN, 0, -5, Infinity])('refuses %d', (benchmarkIndex) => {
    expect(() => cpuSlowdown(benchmarkIndex)).toThrow('Not a benchmarkIndex');
  });
});

describe('median', () => {
  it.each([
    [[7], 7],
    [[3, 1, 2], 2],
    [[900, 1400, 1000, 1100], 1050],
  ])('of %j is %d', (values, middle) => {
    expect(median(values)).toBe(middle);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow('No values');
  });
});

describe('split', () => {
  describe.each([
    // entries, chapters in the default content, synthetic chapters
    [300, 19, 6],
    [1000, 19, 20],
    [10_000, 19, 21],
    [10_000, 0, 40],
    [10_000, 45, 0],
  ])('%d entries beside %d chapters', (total, chapters, synthetic) => {
    const counts = split(total, chapters);
    it(`adds ${synthetic} chapters, at most ${maxPlanChapters} in the plan`, () => {
      expect(counts.plan).toBe(synthetic);
    });
    it('writes every entry', () => {
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(total);
    });
    it('scales the other collections with the entries', () => {
      expect(counts.jobs).toBe(Math.floor(total * 0.2));
      expect(counts.news).toBe(Math.floor(total * 0.2));
      expect(counts.videos).toBe(Math.floor(total * 0.1));
    });
  });
});
