/**
 * Flickr: an account's latest public photos from its public feed, which needs no key
 * (https://www.flickr.com/services/feeds/docs/photos_public/):
 * `GET https://www.flickr.com/services/feeds/photos_public.gne?id=<NSID>&format=json&nojsoncallback=1`.
 * Each item has `title`, `link` (the photo page), `media.m` (the picture at 240 px), `published`,
 * `author_id` and `description`: HTML that starts with "<account> posted a photo:" and the
 * picture, then the photo's own description. The feed has the latest 20 photos and no pages.
 * Flickr has no field for alt text in the feed, so every photo arrives without one.
 */
import { htmlToText } from './html-text.ts';
import {
  MalformedPayload,
  PostCollector,
  fetchableUrl,
  httpsOnly,
  isoInstant,
  maxHtmlLength,
  record,
  str,
  type ParseOptions,
  type ParsedPosts,
} from './social-post.ts';

/** The feed's address for account `nsid` (e.g. "12345678@N00"). */
export function flickrFeedUrl(nsid: string, origin = 'https://www.flickr.com'): string {
  const url = new URL('/services/feeds/photos_public.gne', origin);
  url.search = new URLSearchParams({ id: nsid, format: 'json', nojsoncallback: '1' }).toString();
  return url.href;
}

/**
 * Reads the feed's JSON. Flickr escapes apostrophes as `\'`, which JSON does not allow, so
 * those are undone first (every JSON reader of this feed has to).
 */
export function readFlickrJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/(^|[^\\])((?:\\\\)*)\\'/g, "$1$2'"));
  } catch (error) {
    throw new MalformedPayload(`expected the public feed's JSON: ${(error as Error).message}`);
  }
}

/** The description without Flickr's own first two paragraphs ("… posted a photo:", the picture). */
function ownDescription(html: string): string {
  const paragraphs = html.split(/<\/p>/i);
  const rest = /posted a photo:/i.test(paragraphs[0] ?? '') ? paragraphs.slice(2) : paragraphs;
  return htmlToText(rest.join('</p>'));
}

/** The posts of the feed: title and description as the text, the picture at 1024 px. */
export function parseFlickrFeed(
  payload: unknown,
  nsid: string,
  options: ParseOptions = {},
): ParsedPosts {
  const body = record(payload);
  if (!body || !Array.isArray(body['items'])) {
    throw new MalformedPayload('expected an object with an "items" array (photos_public.gne)');
  }
  const out = new PostCollector(options);
  body['items'].forEach((entry, index) => {
    const item = record(entry);
    const url = httpsOnly(str(item?.['link']));
    const id =
      (url && /\/photos\/[^/]+\/(\d+)\/?$/.exec(new URL(url).pathname)?.[1]) ?? `#${index + 1}`;
    if (!item || !url || id.startsWith('#')) return out.skip(id, 'no https photo "link"');
    if (str(item['author_id']) !== nsid) return out.skip(id, 'a photo of another account');
    const published = isoInstant(str(item['published']));
    if (!published) return out.skip(id, 'no valid "published"');
    // `_m` is the 240 px size; `_b` is the same photo at 1024 px (Flickr's documented suffixes).
    const small = fetchableUrl(str(record(item['media'])?.['m']));
    const html = `${str(item['title']) ?? ''}${str(item['description']) ?? ''}`;
    if (html.length > maxHtmlLength) {
      return out.skip(id, `HTML of ${html.length} characters, above ${maxHtmlLength}`);
    }
    const title = htmlToText(str(item['title']) ?? '');
    const description = ownDescription(str(item['description']) ?? '');
    out.add({
      platform: 'flickr',
      id,
      url,
      published,
      text: [title, description].filter(Boolean).join('\n\n'),
      images: small ? [{ source: small.replace(/_m(\.\w+)$/, '_b$1'), alt: undefined }] : [],
    });
  });
  return out.result;
}
