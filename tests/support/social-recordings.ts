// The social sources' recorded answers (tests/fixtures/sync-social/), served by a local server
// the way each platform serves them: pages linked by Link header or cursor, validators, pictures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedServer, Route } from './recorded-server.ts';
import { repo } from './sites.ts';

/** The recorded payloads and export folders. */
export const recordedDir = join(repo, 'tests/fixtures/sync-social');
const picture = readFileSync(join(recordedDir, 'bilde.png'));
/** A recorded file's text. */
export const readRecorded = (path: string) => readFileSync(join(recordedDir, path), 'utf8');

/**
 * A recorded payload with its pictures' hosts moved to the local server, which answers each of
 * them with the test picture.
 */
export function withLocalPictures(server: RecordedServer, text: string): string {
  const local = text.replace(
    /https:\/\/(files\.mastodon\.example|cdn\.bsky\.app|live\.staticflickr\.com)\//g,
    `${server.origin}/img/$1/`,
  );
  for (const [url] of local.matchAll(new RegExp(`${server.origin}/img/[^"\\s\\\\]+`, 'g'))) {
    // Flickr's feed names the 240 px size; the sync asks for the 1024 px one (`_b`).
    for (const path of [url, url.replace(/_m(\.\w+)$/, '_b$1')]) {
      server.routes.set(path.slice(server.origin.length), { body: picture });
    }
  }
  return local;
}

export const statusesPath = '/api/v1/accounts/109000000000000001/statuses';
export const firstPage = `${statusesPath}?exclude_reblogs=true&exclude_replies=true&limit=40`;
export const secondPage = `${statusesPath}?max_id=113000000000000100`;
export const feedPath = '/xrpc/app.bsky.feed.getAuthorFeed';
export const feedFirst = `${feedPath}?actor=testvik.bsky.social&filter=posts_no_replies&limit=50`;
export const feedSecond = `${feedFirst}&cursor=${encodeURIComponent('2026-11-19T10:00:00.000Z')}`;
export const flickrPath =
  '/services/feeds/photos_public.gne?id=12345678%40N00&format=json&nojsoncallback=1';

/** The recorded answers of the three fetched sources, with validators where the source sends them. */
export function socialRoutes(server: RecordedServer): Record<string, Route> {
  return {
    '/api/v1/accounts/lookup?acct=testvik': { body: readRecorded('mastodon/lookup.json') },
    [firstPage]: (request) =>
      request.headers['if-none-match'] === '"statuses-1"'
        ? { status: 304 }
        : {
            body: withLocalPictures(server, readRecorded('mastodon/statuses-1.json')),
            headers: {
              etag: '"statuses-1"',
              link: `<${server.origin}${secondPage}>; rel="next", <${server.origin}${statusesPath}?min_id=113000000000000103>; rel="prev"`,
            },
          },
    [secondPage]: { body: withLocalPictures(server, readRecorded('mastodon/statuses-2.json')) },
    [feedFirst]: { body: withLocalPictures(server, readRecorded('bluesky/feed-1.json')) },
    [feedSecond]: { body: withLocalPictures(server, readRecorded('bluesky/feed-2.json')) },
    [flickrPath]: (request) =>
      request.headers['if-modified-since'] === 'Fri, 20 Nov 2026 10:00:00 GMT'
        ? { status: 304 }
        : {
            body: withLocalPictures(server, readRecorded('flickr/photos_public.json')),
            headers: { 'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT' },
          },
  };
}
