import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import {
  startRecordedServer,
  type RecordedResponse,
  type RecordedServer,
} from './recorded-server.ts';

const dir = new URL('../fixtures/sync/', import.meta.url).pathname;
/** A recorded answer's text. */
export const recorded = (file: string) => readFileSync(`${dir}${file}`, 'utf8');

const json = (body: string, etag?: string): RecordedResponse => ({
  body,
  headers: { 'content-type': 'application/json', ...(etag ? { etag } : {}) },
});

/** Answers `200` with `body`, or `304` when the request sends back `etag`. */
export const withEtag =
  (body: string, etag: string, type = 'application/json') =>
  (request: IncomingMessage): RecordedResponse =>
    request.headers['if-none-match'] === etag
      ? { status: 304, headers: { etag } }
      : { body, headers: { 'content-type': type, etag } };

const navPages = {
  first: '5b2a7a4e-2c1d-4f0e-9a71-00000000f001',
  second: '5b2a7a4e-2c1d-4f0e-9a71-00000000f002',
};
const navEntries = ['000000000001', '000000000002', '000000000003', '000000000004'].map(
  (n) => `0f3a6c1e-1111-4a2b-9c3d-${n}`,
);

/**
 * A local server with every source's recorded answers under a path of its own. In phase 1 the
 * NAV feed ends after its first page (the stopped ad is not yet in it); in phase 2 the first
 * page points on to the second, where the ad is stopped.
 */
export async function startSourceServer(phase: 1 | 2 = 2): Promise<RecordedServer> {
  const server = await startRecordedServer({});
  const routes = server.routes;
  // Jobbnorge: the list by page, and each ad's data.
  routes.set('/jobbnorge/v3/Jobs', (request) => {
    const page = new URL(request.url ?? '', 'http://x').searchParams.get('page');
    return page === '1'
      ? withEtag(recorded('jobbnorge/jobs-page-1.json'), '"jn-1"')(request)
      : page === '2'
        ? json(recorded('jobbnorge/jobs-page-2.json'))
        : json('{"jobs":[],"meta":{"jobCountTotal":3}}');
  });
  routes.set('/jobbnorge-id/api/joblisting', (request) => {
    const id = new URL(request.url ?? '', 'http://x').searchParams.get('jobId');
    return /^41000\d\d$/.test(id ?? '')
      ? json(recorded(`jobbnorge/joblisting-${id}.json`))
      : { status: 404 };
  });
  // NAV: the token, the pages, the entries; every feed request must carry the token.
  const token = recorded('nav/public-token.txt').trim().split('\n').at(-1)!;
  const authorised =
    (answer: (request: IncomingMessage) => RecordedResponse) => (request: IncomingMessage) =>
      request.headers.authorization === `Bearer ${token}` ? answer(request) : { status: 401 };
  routes.set('/nav/api/publicToken', {
    body: recorded('nav/public-token.txt'),
    headers: { 'content-type': 'text/plain' },
  });
  const firstPage =
    phase === 1
      ? JSON.stringify({
          ...JSON.parse(recorded('nav/feed-page-1.json')),
          next_id: null,
          next_url: null,
        })
      : recorded('nav/feed-page-1.json');
  routes.set(
    '/nav/api/v1/feed',
    authorised(() => json(firstPage, `"p1-${phase}"`)),
  );
  routes.set(
    `/nav/api/v1/feed/${navPages.first}`,
    authorised(withEtag(firstPage, `"p1-${phase}"`)),
  );
  routes.set(
    `/nav/api/v1/feed/${navPages.second}`,
    authorised(withEtag(recorded('nav/feed-page-2.json'), '"p2"')),
  );
  for (const uuid of navEntries) {
    routes.set(
      `/nav/api/v1/feedentry/${uuid}`,
      authorised(() => json(recorded(`nav/feedentry-${uuid}.json`))),
    );
  }
  // The RSS feed and YouTube's channel feed with its posters.
  routes.set(
    '/rss/stillinger.xml',
    withEtag(recorded('rss/stillinger.xml'), '"rss-1"', 'application/rss+xml'),
  );
  routes.set(
    '/youtube/feeds/videos.xml',
    withEtag(recorded('youtube/videos.xml'), '"yt-1"', 'application/atom+xml'),
  );
  const poster = readFileSync(`${dir}youtube/hqdefault.jpg`);
  for (const id of ['testvik-s01', 'testvik-s02']) {
    routes.set(`/youtube-img/vi/${id}/hqdefault.jpg`, {
      body: poster,
      headers: { 'content-type': 'image/jpeg' },
    });
  }
  return server;
}

/** Every file under a folder with its hash, to prove what a run changed. */
export function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
}
