/**
 * Splitting a long list into pages: how many pages, which items a page holds, which page
 * numbers its navigation links to, and the site configuration's page sizes.
 */
import { fill } from './fill';
import { useTranslations, type Locale } from './i18n';

/** Number of pages for `total` items: at least one, so an empty list still has a page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `page` (1-based); throws on a page that does not exist. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): T[] {
  const last = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > last) {
    throw new Error(`Expected a listing page from 1 to ${last}, got ${page}.`);
  }
  return items.slice((page - 1) * perPage, page * perPage);
}

/** A place in the page navigation: a page number, or `'gap'` for pages left out ("…"). */
export type PageLink = number | 'gap';

/**
 * The page numbers a page's navigation shows: the first, the last, and `radius` pages either
 * side of the current one, with `'gap'` where pages are left out. A gap of a single page shows
 * that page instead, since its number takes no more room than the "…".
 */
export function pageWindow(current: number, last: number, radius = 2): PageLink[] {
  const shown = (n: number) => n === 1 || n === last || Math.abs(n - current) <= radius;
  const links: PageLink[] = [];
  for (let n = 1; n <= last; n++) {
    if (shown(n) || (shown(n - 1) && shown(n + 1) && n + 1 <= last)) links.push(n);
    else if (links.at(-1) !== 'gap') links.push('gap');
  }
  return links;
}

/** The title of page `page` of a list called `title`: the list's own on page 1, "Nyheter – side 2 av 7" after it. */
export function pageTitle(locale: Locale, title: string, page: number, pages: number): string {
  if (page === 1) return title;
  return fill(useTranslations(locale)('pagination.title'), { title, page, pages });
}

/** The breadcrumb of page `page` of a list, at `href`: none on page 1, "Side 2" after it. */
export function pageCrumbs(
  locale: Locale,
  page: number,
  href: string,
): { href: string; label: string }[] {
  if (page === 1) return [];
  return [{ href, label: fill(useTranslations(locale)('pagination.page'), { page }) }];
}

/** Every page but the first, with the items each shows: the routes of a list's later pages. */
export function laterPages<T>(
  items: readonly T[],
  perPage: number,
): { page: number; pages: number; items: T[] }[] {
  const pages = pageCount(items.length, perPage);
  return Array.from({ length: pages - 1 }, (_, i) => ({
    page: i + 2,
    pages,
    items: pageOf(items, i + 2, perPage),
  }));
}

/** How many entries one page of each paginated list shows. */
export interface PageSizes {
  /** Posts on the post listing and on each channel's page. */
  posts: number;
  /** News items on the news page. */
  news: number;
  /** Open jobs on the job lists and on each profession's page. */
  jobs: number;
  /** Videos on the video lists. */
  videos: number;
  /** Open jobs a video page lists, soonest deadline first, before it links to all of them. */
  relatedJobs: number;
}

/** The page sizes a site configuration without `pageSizes` gets. */
export const defaultPageSizes: PageSizes = {
  posts: 20,
  news: 20,
  jobs: 24,
  videos: 24,
  relatedJobs: 6,
};

/**
 * The configured page sizes over the defaults; throws, naming `file` and the field, on a value
 * that is not a whole number of at least 1.
 */
export function resolvePageSizes(
  given: Partial<Record<keyof PageSizes, unknown>> | undefined,
  file: string,
): PageSizes {
  const sizes = { ...defaultPageSizes };
  for (const [key, value] of Object.entries(given ?? {})) {
    if (!(key in defaultPageSizes)) {
      throw new Error(
        `${file}: pageSizes.${key} is not a list that has pages; expected one of ${Object.keys(defaultPageSizes).join(', ')}.`,
      );
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new Error(
        `${file}: pageSizes.${key} is ${JSON.stringify(value)}; expected a whole number of entries per page, 1 or more.`,
      );
    }
    sizes[key as keyof PageSizes] = value;
  }
  return sizes;
}

/**
 * Entry ids that would land on an address a list's later pages or another list already uses,
 * by collection: a news item called `side` would hide `/nyheter/side/2/`'s parent.
 */
export const reservedIds = {
  channels: ['side', 'innlegg'],
  news: ['side'],
  videos: ['side', 'page'],
  jobs: ['side', 'nyeste', 'page', 'newest'],
} as const satisfies Record<string, readonly string[]>;

/** Throws, naming each file, when an entry's id is one its collection reserves for an address. */
export function checkReservedIds(
  collection: keyof typeof reservedIds,
  entries: readonly { id: string; filePath?: string | undefined }[],
): void {
  const reserved: readonly string[] = reservedIds[collection];
  const taken = entries.filter((entry) => reserved.includes(entry.id));
  if (taken.length === 0) return;
  throw new Error(
    taken
      .map(
        (entry) =>
          `${entry.filePath ?? `content/${collection}/${entry.id}`}: the id "${entry.id}" is taken by an address of the site's lists; expected another file name (not ${reserved.map((id) => `"${id}"`).join(', ')}).`,
      )
      .join('\n'),
  );
}
