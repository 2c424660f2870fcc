/** The `getStaticPaths()` of the news routes, each path with the cache key of its page. */
import { getCollection } from 'astro:content';
import { newsNewestFirst } from '../../core/content/collections';
import { listPaths } from '../../core/content/list-paths';
import { pageKey } from '../../core/content/page-cache-keys';
import { pageSizes } from '../../core/page-sizes';
import { checkReservedIds } from '../../core/pagination';

/** One path per news item. */
export async function newsPaths() {
  const news = await getCollection('news');
  checkReservedIds('news', news);
  return Promise.all(
    news.map(async (entry) => ({
      params: { id: entry.id },
      props: { entry },
      cacheKey: await pageKey(entry),
    })),
  );
}

/** News pages from 2 (page 1 is /nyheter/). */
export async function newsListPaths() {
  return listPaths(await newsNewestFirst(), pageSizes.news);
}
