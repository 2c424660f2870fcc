/**
 * Whether a scheduled nightly run should go on. GitHub's cron runs in UTC, and midnight in
 * Norway is 22:00 UTC in summer time and 23:00 UTC in winter time, so the nightly workflow is
 * scheduled at both hours and each run asks this module whether its hour is the one that is
 * just after midnight in Europe/Oslo today. The answer depends on the cron line that fired, not
 * on the clock when the run starts, so a run GitHub starts late still builds.
 *
 * Usage: node src/deploy/nightly.ts due '<cron line>'   prints `due=true` or `due=false`
 *        node src/deploy/nightly.ts date                 prints today's date in Oslo, YYYY-MM-DD
 * (the pipelines build with that date as BUILD_DATE: at 00:15 in Oslo it is still yesterday in
 * UTC, which the build would otherwise use).
 */

/** The time zone whose midnight the nightly build follows. */
export const nightlyTimeZone = 'Europe/Oslo';

/** The offset from UTC of `timeZone` at `instant`, in whole hours (Oslo: 1 or 2). */
export function utcOffsetHours(instant: Date, timeZone = nightlyTimeZone): number {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT(?:([+-]\d{1,2})(?::(\d{2}))?)?$/.exec(name ?? '');
  if (!match) throw new Error(`Cannot read the UTC offset of ${timeZone} from "${name}".`);
  return Number(match[1] ?? 0);
}

/**
 * True when the cron line (minute and hour in UTC, e.g. `15 22 * * *`) fired at the hour that
 * is midnight in `timeZone` on the day of `instant`.
 */
export function nightlyRunDue(cron: string, instant: Date, timeZone = nightlyTimeZone): boolean {
  const [minute, hour] = cron.trim().split(/\s+/);
  if (!/^\d{1,2}$/.test(minute ?? '') || !/^\d{1,2}$/.test(hour ?? '')) {
    throw new Error(
      `Expected a cron line with a fixed minute and hour in UTC, e.g. "15 22 * * *", got "${cron}".`,
    );
  }
  return (Number(hour) + utcOffsetHours(instant, timeZone)) % 24 === 0;
}

/** The calendar date in `timeZone` at `instant`, written YYYY-MM-DD. */
export function localDate(instant: Date, timeZone = nightlyTimeZone): string {
  // Canadian English writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}

if (import.meta.main) {
  const [command, cron = ''] = process.argv.slice(2);
  try {
    if (command === 'date') console.log(localDate(new Date()));
    else if (command === 'due') console.log(`due=${nightlyRunDue(cron, new Date())}`);
    else throw new Error("Usage: node src/deploy/nightly.ts due '<cron line>' | date");
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
