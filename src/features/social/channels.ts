/** Pure helpers for presenting a channel's figures. */
import { langTag, type Locale } from '../../core/i18n';
import { numberFormat } from '../../core/intl';

/** A follower count and the date it was true. */
export interface FollowerCount {
  count: number;
  date: Date;
  source?: string | undefined;
}

/** The most recent follower count, or `undefined` when none is recorded. */
export function latestFollowers(followers: readonly FollowerCount[]): FollowerCount | undefined {
  return followers.reduce<FollowerCount | undefined>(
    (latest, entry) => (latest === undefined || entry.date > latest.date ? entry : latest),
    undefined,
  );
}

/**
 * A response-time target in words: whole days from 24 hours up ("2 døgn"), minutes below one
 * hour, otherwise hours ("8 timer"). The words come from `Intl`, so no dictionary is needed.
 */
export function describeResponseTime(hours: number, locale: Locale = 'nb'): string {
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new RangeError(`Expected a response time above 0 hours, got ${hours}.`);
  }
  const [value, unit] =
    hours < 1
      ? [Math.round(hours * 60), 'minute']
      : hours % 24 === 0
        ? [hours / 24, 'day']
        : [hours, 'hour'];
  return numberFormat(langTag[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A whole number with the language's digit grouping: 13700 → "13 700". */
export function formatCount(count: number, locale: Locale = 'nb'): string {
  return numberFormat(langTag[locale], {}).format(count);
}
