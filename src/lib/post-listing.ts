import { paths } from './urls';

/** How many posts one page of the post listing shows. */
export const postsPerPage = 20;

/** Number of listing pages for `total` posts: at least one, so an empty listing still has a page. */
export function pageCount(total: number, perPage: number = postsPerPage): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `page` (1-based); throws on a page that does not exist. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number = postsPerPage): T[] {
  const last = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > last) {
    throw new Error(`Expected a listing page from 1 to ${last}, got ${page}.`);
  }
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The listing pages' addresses: page 1 is the channel overview, later ones under `side/`. */
export function listingPagePath(page: number): string {
  return page <= 1 ? paths.channels : paths.channelsPage(page);
}
