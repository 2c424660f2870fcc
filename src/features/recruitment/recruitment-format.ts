import { langTag, type Locale } from '../../core/i18n';
import { durationFormat } from '../../core/intl';

/** Hours, minutes and seconds of an ISO 8601 duration such as `PT1H2M3S`. */
export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** Reads a `PT…H…M…S` duration (the form the videos schema accepts), or `undefined`. */
export function parseIsoDuration(value: string): DurationParts | undefined {
  const match = /^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(value);
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return { hours: Number(hours), minutes: Number(minutes), seconds: Number(seconds) };
}

/** A video length as a reader says it: "2 minutter og 10 sekunder", "2 minutes, 10 seconds". */
export function formatDuration(value: string, locale: Locale): string {
  const parts = parseIsoDuration(value);
  if (!parts) throw new Error(`"${value}" is not a duration such as PT2M30S.`);
  return durationFormat(langTag[locale], { style: 'long' }).format(parts);
}

/** A text in the page's language, and the language it is really in when it had to fall back. */
export interface LocalizedText {
  text: string;
  /** Set when the text is not in the page's language, for a `lang` attribute. */
  lang: Locale | undefined;
}

/**
 * The English variant on English pages when the entry has one, otherwise the Norwegian text
 * marked as Norwegian, so that screen readers pronounce it right.
 */
export function pick(locale: Locale, nb: string, en: string | undefined): LocalizedText {
  if (locale === 'nb') return { text: nb, lang: undefined };
  return en === undefined ? { text: nb, lang: 'nb' } : { text: en, lang: undefined };
}

/** `lang` attribute for content in `contentLang` shown on a page in `pageLocale`. */
export function langIfDifferent(contentLang: Locale, pageLocale: Locale): Locale | undefined {
  return contentLang === pageLocale ? undefined : contentLang;
}
