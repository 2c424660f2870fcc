/** The `getStaticPaths()` of the channel and post routes, each path with the cache key of its page. */
import { getCollection } from 'astro:content';
import { postsNewestFirst } from '../../core/content/collections';
import { listPaths } from '../../core/content/list-paths';
import { entryKey, pageKey } from '../../core/content/page-cache-keys';
import { pageSizes } from '../../core/page-sizes';
import { checkReservedIds, laterPages, pageCount, pageOf } from '../../core/pagination';

/** One path per published post (a draft has none); its channel is part of the shared key. */
export async function postPaths() {
  return Promise.all(
    (await postsNewestFirst()).map(async (post) => ({
      params: { id: post.id },
      props: { post },
      cacheKey: await pageKey(post),
    })),
  );
}

/** Each channel with its posts, newest first. */
async function channelsWithPosts() {
  const [posts, channels] = await Promise.all([postsNewestFirst(), getCollection('channels')]);
  checkReservedIds('channels', channels);
  return channels.map((channel) => ({
    channel,
    own: posts.filter((post) => post.data.channel.id === channel.id),
  }));
}

/** One path per channel, with the first page of the channel's posts, newest first. */
export async function channelPaths() {
  return Promise.all(
    (await channelsWithPosts()).map(async ({ channel, own }) => {
      const pages = pageCount(own.length, pageSizes.posts);
      const posts = pageOf(own, 1, pageSizes.posts);
      return {
        params: { channel: channel.id },
        props: { channel, posts, pages },
        cacheKey: await pageKey(channel, pages, posts.map(entryKey)),
      };
    }),
  );
}

/** A channel's later pages of posts (page 1 is the channel's page). */
export async function channelPagePaths() {
  return (
    await Promise.all(
      (await channelsWithPosts()).map(async ({ channel, own }) =>
        Promise.all(
          laterPages(own, pageSizes.posts).map(async ({ page, pages, items }) => ({
            params: { channel: channel.id, page: String(page) },
            props: { channel, posts: items, page, pages },
            cacheKey: await pageKey(channel, pages, items.map(entryKey)),
          })),
        ),
      ),
    )
  ).flat();
}

/** Listing pages from 2 (page 1 is the channel overview), with the posts each shows. */
export async function listingPaths() {
  return listPaths(await postsNewestFirst(), pageSizes.posts);
}
