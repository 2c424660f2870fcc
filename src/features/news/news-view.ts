/**
 * One view per news item: everything the site says about it, worked out once. The news list,
 * the home page, the item's page, its link preview, the search and the news feed all read it.
 * News is written in bokmål only, so there is one view per item. The function is pure; the
 * Astro side (`./news-entries.ts`) processes the image and then calls it.
 */
import { formatDate, isoDate, useTranslations } from '../../core/i18n';
import type { SearchEntry } from '../search/search-entry';
import { paths } from '../../core/urls';
import type { FeedItemView, ImageView, ProcessedImage } from '../../core/view-parts';

/** The fields of a news entry a view is made from. */
export interface NewsEntryLike<Image = unknown> {
  id: string;
  data: {
    title: string;
    summary: string;
    date: Date;
    image?: { src: Image; alt: string } | undefined;
    example: boolean;
  };
}

/** A news item as its page, cards, link preview, search and feed show it. */
export interface NewsView<Image = unknown> {
  id: string;
  /** News is written in bokmål only. */
  locale: 'nb';
  /** The item's own page. */
  path: string;
  title: string;
  summary: string;
  date: Date;
  /** The date for machines (`datetime`), YYYY-MM-DD. */
  isoDate: string;
  /** The date as a reader writes it, e.g. "1. desember 2026". */
  dateText: string;
  /** The item's picture, if it has one, with the one shared processed copy. */
  image: ImageView<Image> | undefined;
  example: boolean;
  /** Keep an example item's page out of search engines and the sitemap. */
  noindex: boolean;
  /** How the item's page takes part in the site search. */
  search: SearchEntry;
  /** The item in the news feed. */
  feed: FeedItemView;
}

/** What a news view needs besides the entry: the processed copy of its image, if it has one. */
export interface NewsRelated {
  image?: ProcessedImage | undefined;
}

/** The view of a news item. */
export function newsView<Image>(
  entry: NewsEntryLike<Image>,
  related: NewsRelated = {},
): NewsView<Image> {
  const { data } = entry;
  const path = paths.newsItem(entry.id);
  if (data.image && !related.image) {
    throw new Error(`News item "${entry.id}": its image has no processed copy.`);
  }
  return {
    id: entry.id,
    locale: 'nb',
    path,
    title: data.title,
    summary: data.summary,
    date: data.date,
    isoDate: isoDate(data.date),
    dateText: formatDate(data.date, 'nb'),
    image:
      data.image && related.image
        ? { source: data.image.src, alt: data.image.alt, preview: related.image }
        : undefined,
    example: data.example,
    noindex: data.example,
    search: { type: 'news' },
    feed: {
      title: data.title,
      path,
      date: data.date,
      summary: data.summary,
      category: useTranslations('nb')('search.type.news'),
    },
  };
}
