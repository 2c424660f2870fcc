/**
 * The date the site is built "as of". Jobs whose deadline is before this day are closed.
 * Set `BUILD_DATE=YYYY-MM-DD` to build the site as it will look on another day; tests use
 * it to be deterministic.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const raw = env['BUILD_DATE'];
  if (raw === undefined || raw === '') return startOfDayUtc(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new Error(`BUILD_DATE must be a date written YYYY-MM-DD, got "${raw}".`);
  }
  return new Date(`${raw}T00:00:00Z`);
}

/** Midnight UTC of the given instant's day. */
export function startOfDayUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
