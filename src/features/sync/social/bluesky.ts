/**
 * Bluesky: an account's posts from the public AppView, which needs no account or key:
 * `GET https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=<handle or DID>
 * &filter=posts_no_replies&limit=50[&cursor=…]`, answered with `{ cursor?, feed: FeedViewPost[] }`
 * (lexicon: https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/getAuthorFeed.json
 * and app/bsky/feed/defs.json). A repost is a feed item with a `reason` of type
 * `app.bsky.feed.defs#reasonRepost`; links are `app.bsky.richtext.facet#link` facets over UTF-8
 * byte ranges of the text; images are `app.bsky.embed.images#view` with `fullsize` and `alt`.
 */
import {
  MalformedPayload,
  PostCollector,
  fetchableUrl,
  httpsOnly,
  isoInstant,
  list,
  record,
  str,
  type ParseOptions,
  type ParsedPosts,
  type PostImage,
} from './social-post.ts';

/** The public AppView's origin. */
export const blueskyAppView = 'https://public.api.bsky.app';

/** The address of one page of `actor`'s posts (replies left out by the AppView). */
export function blueskyFeedUrl(actor: string, cursor?: string, origin = blueskyAppView): string {
  const url = new URL('/xrpc/app.bsky.feed.getAuthorFeed', origin);
  const query = new URLSearchParams({ actor, filter: 'posts_no_replies', limit: '50' });
  if (cursor) query.set('cursor', cursor);
  url.search = query.toString();
  return url.href;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The post's text with each link facet's range replaced by its full https address (Bluesky
 * shows links shortened, "example.com/lang-ti…"); mentions and tags stay as their text, and a
 * link that is not https keeps only its text.
 */
export function textWithLinks(text: string, facets: unknown): string {
  const bytes = encoder.encode(text);
  const links = list(facets)
    .flatMap((facet) => {
      const f = record(facet);
      const index = record(f?.['index']);
      const start = index?.['byteStart'];
      const end = index?.['byteEnd'];
      const uri = list(f?.['features'])
        .map(record)
        .find((feature) => feature?.['$type'] === 'app.bsky.richtext.facet#link')?.['uri'];
      return typeof start === 'number' &&
        typeof end === 'number' &&
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        end > start &&
        end <= bytes.length &&
        typeof uri === 'string'
        ? [{ start, end, uri: httpsOnly(uri) }]
        : [];
    })
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const link of links) {
    if (link.start < at) continue; // overlapping facets: the first wins
    out += decoder.decode(bytes.slice(at, link.start));
    out += link.uri ?? decoder.decode(bytes.slice(link.start, link.end));
    at = link.end;
  }
  return out + decoder.decode(bytes.slice(at));
}

/** The images of a post view's embed: plain images, or the media of a quote with media. */
function imagesOf(embed: unknown): PostImage[] {
  const e = record(embed);
  const type = str(e?.['$type']);
  if (type === 'app.bsky.embed.recordWithMedia#view') return imagesOf(e?.['media']);
  if (type !== 'app.bsky.embed.images#view') return [];
  return list(e?.['images']).flatMap((image) => {
    const i = record(image);
    const source = fetchableUrl(str(i?.['fullsize']));
    return source ? [{ source, alt: str(i?.['alt'])?.trim() || undefined }] : [];
  });
}

/** The address of a shared link card (`app.bsky.embed.external#view`), if https. */
function externalLink(embed: unknown): string | undefined {
  const e = record(embed);
  if (str(e?.['$type']) !== 'app.bsky.embed.external#view') return undefined;
  return httpsOnly(str(record(e?.['external'])?.['uri']));
}

/** One page of an author feed: its posts and the cursor of the next page, if any. */
export function parseBlueskyFeed(
  payload: unknown,
  did: string | undefined,
  options: ParseOptions = {},
): ParsedPosts & { cursor: string | undefined; did: string | undefined } {
  const body = record(payload);
  if (!body || !Array.isArray(body['feed'])) {
    throw new MalformedPayload(
      'expected an object with a "feed" array (app.bsky.feed.getAuthorFeed)',
    );
  }
  const out = new PostCollector(options);
  let author = did;
  body['feed'].forEach((item, index) => {
    const feedItem = record(item);
    const post = record(feedItem?.['post']);
    const uri = str(post?.['uri']);
    const id = uri ?? `#${index + 1}`;
    if (!post || !uri) return out.skip(id, 'no "post" with a "uri"');
    if (str(record(feedItem?.['reason'])?.['$type']) === 'app.bsky.feed.defs#reasonRepost') {
      return out.skip(id, 'a repost of another post');
    }
    const match = /^at:\/\/(did:[a-z]+:[\w.:%-]+)\/app\.bsky\.feed\.post\/([\w.~:-]{1,512})$/.exec(
      uri,
    );
    const postDid = str(record(post['author'])?.['did']);
    // "." and ".." are not record keys (atproto's record key syntax), so never a path.
    if (!match || match[1] !== postDid || /^\.{1,2}$/.test(match[2]!))
      return out.skip(id, 'not an app.bsky.feed.post "uri" of its author');
    author ??= postDid;
    if (postDid !== author) return out.skip(id, 'a post of another account');
    const postRecord = record(post['record']);
    if (record(postRecord?.['reply'])) return out.skip(id, 'a reply');
    const published = isoInstant(str(postRecord?.['createdAt']));
    if (!published) return out.skip(id, 'no valid "record.createdAt"');
    const text = textWithLinks(str(postRecord?.['text']) ?? '', postRecord?.['facets']);
    const link = externalLink(post['embed']);
    out.add({
      platform: 'bluesky',
      id: match[2]!,
      url: `https://bsky.app/profile/${match[1]}/post/${match[2]}`,
      published,
      text: link && !text.includes(link) ? `${text}\n\n${link}`.trim() : text,
      images: imagesOf(post['embed']),
    });
  });
  const cursor = str(body['cursor']);
  return { ...out.result, cursor: cursor || undefined, did: author };
}
