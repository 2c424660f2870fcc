import { hostMatches, parseHttpsUrl, type Platform } from './platforms.ts';
import { isYoutubeId, youtubePlayerOrigin } from './youtube.ts';

/**
 * Turns the address of one post into the address of the platform's official embed for it.
 * Nothing here runs in the visitor's browser before consent: pages only carry the embed
 * address in a data attribute, and a small script sets it on an iframe after a button press.
 */

/**
 * A platform whose posts can be embedded. CPoint has no embed; a Mastodon post's embed is
 * served by the server the account lives on, which the one static Content-Security-Policy
 * (src/deploy/security-headers.ts) cannot name for every site, so its card links to it instead.
 */
export type EmbeddablePlatform = Exclude<Platform, 'cpoint' | 'mastodon'>;

/** What the consent script needs to show one post. */
export interface Embed {
  /** Address of the iframe, on the platform's embed host. */
  src: string;
  /** Host the iframe is loaded from: the only host contacted after consent. */
  host: string;
  /** Starting height in CSS pixels; the platforms' frames do not size themselves. */
  height: number;
}

/** Hosts each platform's embed is served from, for the privacy text and the tests. */
export const embedHosts: Record<EmbeddablePlatform, string> = {
  facebook: 'www.facebook.com',
  instagram: 'www.instagram.com',
  x: 'platform.twitter.com',
  youtube: new URL(youtubePlayerOrigin).host,
  linkedin: 'www.linkedin.com',
  flickr: 'www.flickr.com',
  bluesky: 'embed.bsky.app',
};

/** The URL if it is https on `domain` or a subdomain of it. */
function on(value: string, ...domains: string[]): URL | undefined {
  const url = parseHttpsUrl(value);
  return url && domains.some((domain) => hostMatches(url.hostname, domain)) ? url : undefined;
}

/** Path segments without empty ones: `/a/b/` → `['a', 'b']`. */
const segments = (url: URL) => url.pathname.split('/').filter(Boolean);

/**
 * A Facebook post's canonical address (`/<page>/posts/<id>`, `/<page>/videos/<id>`,
 * `/permalink.php?story_fbid=…&id=…`), which Facebook's post plugin takes as `href`.
 */
export function matchFacebookPost(value: string): string | undefined {
  const url = on(value, 'facebook.com', 'fb.com');
  if (!url) return undefined;
  const parts = segments(url);
  if (parts.length === 3 && ['posts', 'videos'].includes(parts[1] ?? '') && parts[2]) {
    return /^[\w.-]+$/.test(parts[2]) ? `https://www.facebook.com/${parts.join('/')}` : undefined;
  }
  const story = url.searchParams.get('story_fbid');
  const page = url.searchParams.get('id');
  if (parts[0] === 'permalink.php' && story && page && /^\d+$/.test(page)) {
    return `https://www.facebook.com/permalink.php?story_fbid=${encodeURIComponent(story)}&id=${page}`;
  }
  return undefined;
}

/** An Instagram post's or reel's shortcode, with its kind: `/p/<code>/` or `/reel/<code>/`. */
export function matchInstagramPost(
  value: string,
): { kind: 'p' | 'reel'; code: string } | undefined {
  const url = on(value, 'instagram.com');
  const [kind, code, ...rest] = url ? segments(url) : [];
  if ((kind === 'p' || kind === 'reel') && code && /^[\w-]+$/.test(code) && rest.length === 0) {
    return { kind, code };
  }
  return undefined;
}

/** The numeric id of a post on X or Twitter: `/<account>/status/<id>`. */
export function matchXPost(value: string): string | undefined {
  const url = on(value, 'x.com', 'twitter.com');
  const parts = url ? segments(url) : [];
  return parts.length === 3 && parts[1] === 'status' && /^\d+$/.test(parts[2] ?? '')
    ? parts[2]
    : undefined;
}

/** The 11-character id of a YouTube video: `watch?v=`, `youtu.be/`, `/shorts/`, `/live/`, `/embed/`. */
export function matchYouTubeVideo(value: string): string | undefined {
  const url = on(value, 'youtube.com', 'youtu.be');
  if (!url) return undefined;
  const parts = segments(url);
  const id = hostMatches(url.hostname, 'youtu.be')
    ? parts.length === 1
      ? parts[0]
      : undefined
    : parts[0] === 'watch'
      ? url.searchParams.get('v')
      : parts.length === 2 && ['shorts', 'live', 'embed'].includes(parts[0] ?? '')
        ? parts[1]
        : undefined;
  return id && isYoutubeId(id) ? id : undefined;
}

/**
 * The URN of a LinkedIn post: from `/feed/update/urn:li:<kind>:<id>/` or from the
 * `-activity-<id>-` part of a `/posts/…` address.
 */
export function matchLinkedInPost(value: string): string | undefined {
  const url = on(value, 'linkedin.com');
  if (!url) return undefined;
  const parts = segments(url);
  if (parts[0] === 'feed' && parts[1] === 'update' && parts.length === 3) {
    const urn = /^urn:li:(activity|share|ugcPost):\d+$/.exec(decodeURIComponent(parts[2] ?? ''));
    return urn?.[0];
  }
  if (parts[0] === 'posts' && parts.length === 2) {
    const activity = /-activity-(\d+)-/.exec(parts[1] ?? '');
    return activity ? `urn:li:activity:${activity[1]}` : undefined;
  }
  return undefined;
}

/** The account and numeric id of a Flickr photo: `/photos/<account>/<id>/`. */
export function matchFlickrPhoto(value: string): { account: string; id: string } | undefined {
  const url = on(value, 'flickr.com');
  const [photos, account, id, ...rest] = url ? segments(url) : [];
  const extra = rest.length === 0 || (rest.length === 2 && rest[0] === 'in');
  return photos === 'photos' &&
    account &&
    /^[\w@-]+$/.test(account) &&
    id &&
    /^\d+$/.test(id) &&
    extra
    ? { account, id }
    : undefined;
}

/**
 * The DID and record key of a Bluesky post: `/profile/<did>/post/<rkey>` on bsky.app. Bluesky's
 * embed needs the account's DID, which never changes, rather than its handle, which may.
 */
export function matchBlueskyPost(value: string): { did: string; rkey: string } | undefined {
  const url = on(value, 'bsky.app');
  const [profile, did, post, rkey, ...rest] = url ? segments(url) : [];
  const decoded = did && decodeURIComponent(did);
  return profile === 'profile' &&
    decoded &&
    /^did:(plc|web):[\w.:%-]+$/.test(decoded) &&
    post === 'post' &&
    rkey &&
    /^[\w.~:-]{1,512}$/.test(rkey) &&
    !/^\.{1,2}$/.test(rkey) &&
    rest.length === 0
    ? { did: decoded, rkey }
    : undefined;
}

/**
 * The server, account and numeric id of a Mastodon status: `https://<server>/@<account>/<id>`.
 * Any server is accepted, since Mastodon is many of them.
 */
export function matchMastodonStatus(
  value: string,
): { server: string; account: string; id: string } | undefined {
  const url = parseHttpsUrl(value);
  const [account, id, ...rest] = url ? segments(url) : [];
  return url &&
    account &&
    /^@\w+$/.test(account) &&
    id &&
    /^\d+$/.test(id) &&
    rest.length === 0 &&
    url.search === ''
    ? { server: url.host, account: account.slice(1), id }
    : undefined;
}

/** Builds the embed for a post on `platform`, or `undefined` if the address is not one post. */
export function embedFor(platform: Platform, url: string): Embed | undefined {
  const make = (p: EmbeddablePlatform, path: string | undefined, height: number) =>
    path === undefined
      ? undefined
      : { src: `https://${embedHosts[p]}${path}`, host: embedHosts[p], height };
  switch (platform) {
    case 'facebook': {
      const href = matchFacebookPost(url);
      const query = href && new URLSearchParams({ href, show_text: 'true', width: '500' });
      return make('facebook', query ? `/plugins/post.php?${query}` : undefined, 600);
    }
    case 'instagram': {
      const post = matchInstagramPost(url);
      return make('instagram', post && `/${post.kind}/${post.code}/embed/`, 700);
    }
    case 'x': {
      const id = matchXPost(url);
      return make('x', id && `/embed/Tweet.html?id=${id}&dnt=true`, 600);
    }
    case 'youtube': {
      const id = matchYouTubeVideo(url);
      return make('youtube', id && `/embed/${id}`, 315);
    }
    case 'linkedin': {
      const urn = matchLinkedInPost(url);
      return make('linkedin', urn && `/embed/feed/update/${urn}`, 600);
    }
    case 'flickr': {
      const photo = matchFlickrPhoto(url);
      return make('flickr', photo && `/photos/${photo.account}/${photo.id}/player/`, 400);
    }
    case 'bluesky': {
      const post = matchBlueskyPost(url);
      return make('bluesky', post && `/embed/${post.did}/app.bsky.feed.post/${post.rkey}`, 600);
    }
    case 'mastodon':
    case 'cpoint':
      return undefined;
  }
}

/** An example of a single post's address on each platform, for error messages. */
export const postUrlExamples: Record<EmbeddablePlatform, string> = {
  facebook: 'https://www.facebook.com/<page>/posts/<id>',
  instagram: 'https://www.instagram.com/p/<code>/',
  x: 'https://x.com/<account>/status/<number>',
  youtube: 'https://www.youtube.com/watch?v=<11 characters>',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:<number>/',
  flickr: 'https://www.flickr.com/photos/<account>/<number>/',
  bluesky: 'https://bsky.app/profile/did:plc:<id>/post/<key>',
};

/**
 * The shape of one post's address on a platform without an embed, for the posts' schema;
 * `undefined` where any address on the platform's hosts will do (CPoint).
 */
export const postAddressOf: Partial<Record<Platform, (url: string) => unknown>> = {
  mastodon: matchMastodonStatus,
};

/** Examples of one post's address on the platforms of {@link postAddressOf}. */
export const unembeddablePostUrlExamples: Partial<Record<Platform, string>> = {
  mastodon: 'https://<server>/@<account>/<number>',
};

/** True for a platform that has an official embed. */
export function isEmbeddable(platform: Platform): platform is EmbeddablePlatform {
  return platform !== 'cpoint' && platform !== 'mastodon';
}
