/**
 * The later pages of a list (`/…/side/N/`) as `getStaticPaths()` entries, each with the cache
 * key of its page (`./page-cache-keys.ts`), so that a rebuild renders only the pages whose
 * entries changed. Each feature's routes (`features/<feature>/*-paths.ts`) use it.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { cacheKey } from '../cache-key';
import { laterPages } from '../pagination';
import { entryKey, sharedKey } from './page-cache-keys';

/** The later pages of a list (`/…/side/N/`), each keyed by the entries it shows. */
export async function listPaths<T extends CollectionEntry<CollectionKey>>(
  entries: T[],
  perPage: number,
  keys: (shown: T[]) => unknown[] = (shown) => shown.map(entryKey),
) {
  const shared = await sharedKey();
  return laterPages(entries, perPage).map(({ page, pages, items }) => ({
    params: { page: String(page) },
    props: { page },
    cacheKey: cacheKey(shared, pages, keys(items)),
  }));
}
