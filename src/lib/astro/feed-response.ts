import rss from '@astrojs/rss';
import { feedEntries } from './feed-entries';
import {
  feedDescription,
  feedItem,
  feedNamespaces,
  feedTitle,
  rssLanguage,
  type FeedId,
} from '../feeds';
import { langTag } from '../i18n';
import { paths } from '../urls';

/** The complete RSS response for one feed, with full content and the browser stylesheet. */
export async function feedResponse(id: FeedId, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute URLs.');
  const entries = await feedEntries(id);
  const selfUrl = new URL(paths.feed[id], site).href;
  return rss({
    title: feedTitle(id),
    description: feedDescription(id),
    site,
    items: entries.map((entry) => feedItem(entry, site)),
    xmlns: { ...feedNamespaces, atom: 'http://www.w3.org/2005/Atom' },
    stylesheet: paths.feedStylesheet,
    trailingSlash: true,
    customData: [
      `<language>${rssLanguage(langTag.nb)}</language>`,
      `<atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}
