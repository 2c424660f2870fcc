import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../features/feeds/feed-response';
import { feedIdFromFileName, topicFeedIds } from '../../features/feeds/feeds';
import { paths } from '../../core/urls';

export const getStaticPaths = (() =>
  topicFeedIds.map((id) => ({
    params: { feed: paths.feed[id].replace(/^\/rss\//, '').replace(/\.xml$/, '') },
  }))) satisfies GetStaticPaths;

/** One feed per kind of content: news, videos, open jobs, posts. */
export const GET: APIRoute = ({ params, site }) => {
  const id = feedIdFromFileName(params['feed'] ?? '');
  if (!id) throw new Error(`No feed is called "${params['feed']}".`);
  return feedResponse(id, site);
};
