import type { SourceConfig } from '../config.ts';
import type { Adapter, AdapterResult } from '../run.ts';
import { flickrFeedUrl, parseFlickrFeed, readFlickrJson } from '../social/flickr.ts';
import {
  channelAddress,
  checkSocialOptions,
  fetchImage,
  postEntries,
  sinceOf,
  stringOption,
  type SocialSourceOptions,
} from '../social/post-entry.ts';
import { fetchableUrl } from '../social/social-post.ts';

/** Options of a Flickr account (docs/sync.md, "Flickr"). */
export interface FlickrOptions extends SocialSourceOptions {
  name?: string;
  /** The account's NSID, e.g. `12345678@N00` (on the account's "About" page). */
  nsid: string;
  /** Where the feed is; Flickr unless set (the tests set their own). */
  origin?: string;
}

/** A Flickr account in `src/sync.config.ts`. */
export const flickr = (options: FlickrOptions): SourceConfig => ({ kind: 'flickr', ...options });

/** Flickr: the account's latest 20 public photos, each a post with its title and description. */
export const flickrAdapter: Adapter = {
  kind: 'flickr',
  description: "a Flickr account's latest public photos",
  collection: 'posts',
  needsKey: false,
  check(config) {
    checkSocialOptions(config);
    const nsid = stringOption(config, 'nsid', 'the account’s NSID, e.g. 12345678@N00');
    if (!/^\d+@N\d+$/.test(nsid))
      throw new Error('nsid: expected digits, "@N" and digits, e.g. 12345678@N00.');
    if (config['origin'] !== undefined && !fetchableUrl(String(config['origin']))) {
      throw new Error('origin: expected an https address.');
    }
  },
  async read(config, context): Promise<AdapterResult> {
    const channelUrl = channelAddress(context.contentDir, config['channel'] as string, 'flickr');
    const url = flickrFeedUrl(config['nsid'] as string, config['origin'] as string | undefined);
    const result = await context.fetch(url, { conditional: true });
    if (result.status === 'not-modified') return { entries: [], skipped: [], notModified: true };
    const parsed = parseFlickrFeed(readFlickrJson(result.text()), config['nsid'] as string, {
      since: sinceOf(config, context),
    });
    return postEntries(parsed, config, context, {
      channelUrl,
      loadImage: (image) => fetchImage(context, image),
    });
  },
};
