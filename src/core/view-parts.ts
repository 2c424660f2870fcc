/**
 * What every entry view has in common: the entry's address in both languages, its feed item and
 * its processed images. The view functions of the features build one object per entry and
 * language, so that pages, cards, feeds, link previews and the search all read the same
 * values.
 */
import { locales, otherLocale, type Locale } from './i18n';

/**
 * An entry as an item of the feeds, without its HTML body, which the feed renders from the
 * entry's MDX (`features/feeds/feeds.ts` adds it).
 */
export interface FeedItemView {
  /** Title of the item. */
  title: string;
  /** Path of the item's page on this site. */
  path: string;
  /** Publication date. */
  date: Date;
  /** A sentence or two, used as the item's description. */
  summary: string;
  /** Category label, e.g. "Nyhet" or "Video". */
  category: string;
  /** A still image for the item (a video's poster), as a site path or URL. */
  thumbnail?: { url: string; width: number; height: number } | undefined;
}

/** An entry's page in the view's language and in the other one. */
export interface PagePaths {
  /** The page in the view's language. */
  path: string;
  /** The same entry's page in the other language, for hreflang and the language switch. */
  alternatePath: string;
  /** The page in each language. */
  paths: Record<Locale, string>;
}

/** The addresses of an entry whose page exists in both languages. */
export function pagePaths(locale: Locale, path: (locale: Locale) => string): PagePaths {
  const paths = Object.fromEntries(locales.map((l) => [l, path(l)])) as Record<Locale, string>;
  return { path: paths[locale], alternatePath: paths[otherLocale(locale)], paths };
}

/** An image after the build has processed it: its site path and its size in pixels. */
export interface ProcessedImage {
  src: string;
  width: number;
  height: number;
}

/**
 * An entry's own image: the source file for responsive `<Picture>` elements, its text
 * alternative, and the one processed copy that link previews, structured data and feeds share.
 */
export interface ImageView<Source = unknown> {
  /** The image file as the content schema gives it. */
  source: Source;
  /** Text alternative, from the content file. */
  alt: string;
  /** The shared raster copy (see `previewImageOptions`). */
  preview: ProcessedImage;
}

/**
 * The one setting for an entry's shared image copy: JPEG, because every feed reader and link
 * preview shows it, 1200 pixels wide, the size link previews ask for.
 */
export const previewImageOptions = { width: 1200, format: 'jpeg' } as const;
