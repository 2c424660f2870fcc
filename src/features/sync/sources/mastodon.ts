import type { SourceConfig } from '../config.ts';
import { parseJson } from '../http.ts';
import type { Adapter, AdapterResult } from '../run.ts';
import {
  mastodonLookupUrl,
  mastodonStatusesUrl,
  nextPageFromLink,
  parseMastodonAccount,
  parseMastodonStatuses,
} from '../social/mastodon.ts';
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

/** Options of a Mastodon account (docs/sync.md, "Mastodon"). */
export interface MastodonOptions extends SocialSourceOptions {
  name?: string;
  /** The server the account lives on, e.g. `https://mastodon.social`. */
  server: string;
  /** The account's name on that server, e.g. `sarpsborgkommune`. */
  account: string;
}

/** A Mastodon account in `src/sync.config.ts`. */
export const mastodon = (options: MastodonOptions): SourceConfig => ({
  kind: 'mastodon',
  ...options,
});

/** Statuses read in one run, at most: ten pages of 40. */
const maxPages = 10;

/**
 * Mastodon: the account's public statuses from its server's API, newest first, page by page
 * until the configured first day; boosts and replies to others are left out.
 */
export const mastodonAdapter: Adapter = {
  kind: 'mastodon',
  description: "a Mastodon account's public posts, without boosts",
  collection: 'posts',
  needsKey: false,
  check(config) {
    checkSocialOptions(config);
    const server = stringOption(
      config,
      'server',
      'the address of the server, e.g. https://mastodon.social',
    );
    if (!fetchableUrl(server)) throw new Error('server: expected an https address.');
    stringOption(config, 'account', 'the account name on the server, e.g. sarpsborgkommune');
  },
  async read(config, context): Promise<AdapterResult> {
    const server = new URL(config['server'] as string).origin;
    const channelUrl = channelAddress(context.contentDir, config['channel'] as string, 'mastodon');
    const since = sinceOf(config, context);
    const lookup = await context.fetch(mastodonLookupUrl(server, config['account'] as string));
    if (lookup.status !== 'ok') throw new Error('the account lookup gave no answer.');
    const accountId = parseMastodonAccount(parseJson(lookup));
    const all: ParsedPosts = { posts: [], skipped: [], older: 0 };
    let next: string | undefined = mastodonStatusesUrl(server, accountId);
    for (let page = 0; next && page < maxPages; page++) {
      // Only the first page is asked conditionally: when it has not changed, nothing has.
      const result = await context.fetch(next, { conditional: page === 0 });
      if (result.status === 'not-modified') return { entries: [], skipped: [], notModified: true };
      const parsed = parseMastodonStatuses(parseJson(result), accountId, { since });
      all.posts.push(...parsed.posts);
      all.skipped.push(...parsed.skipped);
      all.older += parsed.older;
      next = parsed.older > 0 ? undefined : nextPageFromLink(result.header('link'), server);
    }
    return postEntries(all, config, context, {
      channelUrl,
      loadImage: (image) => fetchImage(context, image),
    });
  },
};
