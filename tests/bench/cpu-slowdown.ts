// Lighthouse's CPU slowdown calibrated to the machine the bench runs on. Lighthouse slows the CPU
// by a constant 4× by default, which turns a high-end desktop into its reference device (a
// mid-tier phone, the Moto G4 class); on a slower machine the same 4× simulates a slower phone
// and the performance scores drop for no change in the site. Lighthouse's documentation
// (docs/throttling.md, "Calibrating the CPU slowdown") has the multiplier computed from the
// machine's `benchmarkIndex` by its CPU throttling calculator
// (https://lighthouse-cpu-throttling-calculator.vercel.app/); `cpuSlowdown` is that calculation.

/** The slowdown that makes this machine Lighthouse's reference mobile device. */
export interface CpuSlowdown {
  /** For `throttling.cpuSlowdownMultiplier`, rounded to a tenth as the calculator shows it. */
  multiplier: number;
  /**
   * The machine is slower than the calculator can calibrate (benchmarkIndex below 150, a
   * budget phone): it runs without slowdown and its scores are lower than the reference device's.
   */
  tooSlow: boolean;
}

/**
 * The calculator's points: a benchmarkIndex of 150 needs no slowdown, 800 needs 2×, 1300 needs
 * 3×; between them the multiplier is linear, and above 1300 every 233 more adds 1× (1533 is the
 * default 4×, 2000 is 6×).
 */
const points: readonly (readonly [benchmarkIndex: number, multiplier: number])[] = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, 4],
];

/** The CPU slowdown multiplier for a machine of the given `benchmarkIndex`, the documented way. */
export function cpuSlowdown(benchmarkIndex: number): CpuSlowdown {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`Not a benchmarkIndex: ${benchmarkIndex}`);
  }
  const [first] = points;
  if (benchmarkIndex < first![0]) return { multiplier: 1, tooSlow: true };
  // The segment the index falls in; past the last point, the last segment goes on.
  let segment = points.findIndex(([index], i) => i > 0 && benchmarkIndex < index);
  if (segment === -1) segment = points.length - 1;
  const [fromIndex, fromMultiplier] = points[segment - 1]!;
  const [toIndex, toMultiplier] = points[segment]!;
  const multiplier =
    fromMultiplier +
    ((benchmarkIndex - fromIndex) * (toMultiplier - fromMultiplier)) / (toIndex - fromIndex);
  return { multiplier: Math.round(multiplier * 10) / 10, tooSlow: false };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
