import type { SourceConfig } from '../config.ts';
import { parseJson } from '../http.ts';
import type { Adapter, AdapterResult } from '../run.ts';
import { blueskyAppView, blueskyFeedUrl, parseBlueskyFeed } from '../social/bluesky.ts';
import {
  channelAddress,
  checkSocialOptions,
  fetchImage,
  postEntries,
  sinceOf,
  stringOption,
  type SocialSourceOptions,
} from '../social/post-entry.ts';
import { fetchableUrl, type ParsedPosts } from '../social/social-post.ts';

/** Options of a Bluesky account (docs/sync.md, "Bluesky"). */
export interface BlueskyOptions extends SocialSourceOptions {
  name?: string;
  /** The account's handle (`sarpsborg.bsky.social`) or DID. */
  actor: string;
  /** The AppView to ask; Bluesky's public one unless set (the tests set their own). */
  appView?: string;
}

/** A Bluesky account in `src/sync.config.ts`. */
export const bluesky = (options: BlueskyOptions): SourceConfig => ({ kind: 'bluesky', ...options });

/** Posts read in one run, at most: ten pages of 50. */
const maxPages = 10;

/**
 * Bluesky: the account's posts from the public `app.bsky.feed.getAuthorFeed`, page by page
 * (`cursor`) until the configured first day; reposts and replies are left out.
 */
export const blueskyAdapter: Adapter = {
  kind: 'bluesky',
  description: "a Bluesky account's posts, without reposts or replies",
  collection: 'posts',
  needsKey: false,
  check(config) {
    checkSocialOptions(config);
    stringOption(config, 'actor', 'the handle (name.bsky.social) or DID of the account');
    if (config['appView'] !== undefined && !fetchableUrl(String(config['appView']))) {
      throw new Error('appView: expected an https address.');
    }
  },
  async read(config, context): Promise<AdapterResult> {
    const origin = (config['appView'] as string | undefined) ?? blueskyAppView;
    const channelUrl = channelAddress(context.contentDir, config['channel'] as string, 'bluesky');
    const since = sinceOf(config, context);
    const all: ParsedPosts = { posts: [], skipped: [], older: 0 };
    let did: string | undefined;
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const url = blueskyFeedUrl(config['actor'] as string, cursor, origin);
      const result = await context.fetch(url, { conditional: page === 0 });
      if (result.status === 'not-modified') return { entries: [], skipped: [], notModified: true };
      const parsed = parseBlueskyFeed(parseJson(result), did, { since });
      did = parsed.did;
      all.posts.push(...parsed.posts);
      all.skipped.push(...parsed.skipped);
      all.older += parsed.older;
      if (parsed.older > 0 || !parsed.cursor || parsed.cursor === cursor) break;
      cursor = parsed.cursor;
    }
    return postEntries(all, config, context, {
      channelUrl,
      loadImage: (image) => fetchImage(context, image),
    });
  },
};
