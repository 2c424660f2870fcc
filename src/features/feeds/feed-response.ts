import rss from '@astrojs/rss';
import { feedEntries } from './feed-entries';
import { feedViewScriptElement } from './feed-view';
import {
  feedItem,
  feedName,
  feedDescription,
  feedNamespaces,
  rssLanguage,
  type FeedEntry,
  type FeedId,
  withSiteName,
} from './feeds';
import { langTag } from '../../core/i18n';
import { paths } from '../../core/urls';

/** The complete RSS response for one feed, with full content and the browser stylesheet. */
export async function feedResponse(id: FeedId, site: URL | undefined): Promise<Response> {
  return rssResponse(
    {
      title: feedName(id),
      description: feedDescription(id),
      path: paths.feed[id],
      entries: await feedEntries(id),
    },
    site,
  );
}

/** An RSS response for any list of entries, titled and described as given. */
export function rssResponse(
  feed: { title: string; description: string; path: string; entries: FeedEntry[] },
  site: URL | undefined,
): Promise<Response> {
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute URLs.');
  const { entries } = feed;
  const selfUrl = new URL(feed.path, site).href;
  return rss({
    title: withSiteName(feed.title),
    description: feed.description,
    site,
    items: entries.map((entry) => feedItem(entry, site)),
    xmlns: { ...feedNamespaces, atom: 'http://www.w3.org/2005/Atom' },
    stylesheet: paths.feedStylesheet,
    trailingSlash: true,
    customData: [
      `<language>${rssLanguage(langTag.nb)}</language>`,
      `<atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
      feedViewScriptElement(paths.feedViewScript),
    ].join(''),
  });
}
