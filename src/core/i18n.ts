import { en } from './i18n/en';
import { dateFormat } from './intl';
import { nb, type UiKey } from './i18n/nb';

export type Locale = 'nb' | 'en';
export const locales: readonly Locale[] = ['nb', 'en'];

const dictionaries: Record<Locale, Record<UiKey, string>> = { nb, en };

/** The site's other language: English on Norwegian pages, Norwegian on English ones. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'nb' : 'en';
}

/** Returns the translator for one language: `t('nav.home')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  return (key) => dictionaries[locale][key];
}

/** The language of a path: English under /en/, bokmål elsewhere. */
export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nb';
}

/** BCP 47 tag for `Intl` and `lang` attributes. */
export const langTag: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

/** Day, month in words and year, in UTC: content dates have no time of day. */
export const longDate: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

/** Formats a date as the reader expects it in their language, e.g. "3. mars 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(langTag[locale], longDate).format(date);
}

/** Machine-readable date for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
