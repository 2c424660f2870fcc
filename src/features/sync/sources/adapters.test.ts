import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  RecordedResponse,
  RecordedServer,
  Route,
} from '../../../../tests/support/recorded-server';
import { recorded, startSourceServer } from '../../../../tests/support/sync-fixtures';
import { isPlainMarkdown } from '../../../build/render-at-sync';
import type { SourceConfig } from '../config';
import { parseEntryFile } from '../entry-files';
import { memoryOutput } from '../report';
import { runSync } from '../run';
import { adapters } from './index';
import { jobbnorge } from './jobbnorge';
import { nav } from './nav';
import { rssJobs } from './rss-jobs';
import { youtube } from './youtube';

let server: RecordedServer;
let content: string;
beforeAll(async () => {
  server = await startSourceServer(2);
});
afterAll(() => server.close());
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'sync-adapter-'));
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

/** Each adapter with its source at the recorded server, and the path of its main answer. */
const sources: [string, () => SourceConfig, string, string][] = [
  [
    'jobbnorge',
    () =>
      jobbnorge({
        employerIds: [1234],
        pageSize: 2,
        apiUrl: `${server.origin}/jobbnorge`,
        detailUrl: `${server.origin}/jobbnorge-id/api/joblisting`,
      }),
    '/jobbnorge/v3/Jobs',
    'jobs',
  ],
  [
    'nav',
    () => nav({ orgNumbers: ['999000001', '999000002'], apiUrl: `${server.origin}/nav` }),
    '/nav/api/v1/feed',
    'jobs',
  ],
  [
    'rss-jobs',
    () => rssJobs({ url: `${server.origin}/rss/stillinger.xml` }),
    '/rss/stillinger.xml',
    'jobs',
  ],
  [
    'youtube',
    () =>
      youtube({
        channelId: 'UCtestvikTESTVIKtestvik0',
        feedUrl: `${server.origin}/youtube/feeds/videos.xml`,
        posterBase: `${server.origin}/youtube-img`,
      }),
    '/youtube/feeds/videos.xml',
    'videos',
  ],
];

/** One run of one source into the test's content folder. */
async function run(source: SourceConfig, now = '2026-11-20T05:00:00Z', timeoutMs = 5000) {
  const output = memoryOutput();
  const result = await runSync({
    config: { sources: [source], limits: { timeoutMs, retries: 1 } },
    adapters,
    contentDir: content,
    output,
    now: new Date(now),
    fetchOptions: { backoffMs: 1, sleep: () => Promise.resolve() },
  });
  return { ...result, summary: result.summaries[0]!, lines: output.lines };
}

/** Every file the sync wrote into the content folder, with its text. */
function written(): Record<string, string> {
  if (!existsSync(content)) return {};
  return Object.fromEntries(
    readdirSync(content, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.endsWith('.sync'))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(content.length + 1), readFileSync(path, 'latin1')];
      }),
  );
}

/** Replaces a route for one test, putting the recorded one back afterwards. */
function override(path: string, route: Route): void {
  const before = server.routes.get(path);
  server.routes.set(path, route);
  afterEachOnce(() => (before ? server.routes.set(path, before) : server.routes.delete(path)));
}
const restore: (() => void)[] = [];
const afterEachOnce = (fn: () => void) => restore.push(fn);
afterEach(() => {
  while (restore.length) restore.pop()!();
});

/** The recorded route, answered after one 429 (Retry-After: 0) and one 503. */
const busyFirst = (route: Route): Route => {
  let calls = 0;
  return (request: IncomingMessage): RecordedResponse => {
    calls++;
    if (calls === 1) return { status: 429, headers: { 'retry-after': '0' } };
    if (typeof route === 'function') return route(request);
    return Array.isArray(route) ? route[0]! : route;
  };
};

describe.each(sources)(
  'the %s adapter against recorded answers',
  (kind, config, main, collection) => {
    it('writes its items, and on a second run gets 304 and changes no byte', async () => {
      const first = await run(config());
      expect(first.summary.error).toBeUndefined();
      expect(first.summary.added.length).toBeGreaterThan(0);
      const before = written();
      const second = await run(config(), '2026-11-21T05:00:00Z');
      expect(second.summary.error, second.summary.error).toBeUndefined();
      expect(second.summary.added).toEqual([]);
      expect(second.summary.updated).toEqual([]);
      expect(written()).toEqual(before);
      expect(Object.keys(before).every((file) => file.startsWith(`${collection}/`))).toBe(true);
    });

    it('retries after 429 and 503, then succeeds', async () => {
      override(main, busyFirst(server.routes.get(main)!));
      const { summary } = await run(config());
      expect(summary.error).toBeUndefined();
      expect(summary.added.length).toBeGreaterThan(0);
    });

    it.each([
      ['a 500', { status: 500 }, /HTTP 500 after 2 attempts/],
      ['no answer', { hang: true }, /no answer within 0.3 s \(timeout\)/],
      [
        'a malformed answer',
        { body: kind === 'jobbnorge' || kind === 'nav' ? '{"jobs": [' : '<rss><channel><item>' },
        /not valid (JSON|XML)/,
      ],
    ])(
      'fails as a whole on %s, writes nothing and names the address',
      async (_, answer, message) => {
        override(main, answer as RecordedResponse);
        const result = await run(config(), undefined, 300);
        expect(result.ok).toBe(false);
        expect(result.summary.error).toMatch(message);
        expect(result.lines[0]).toMatch(
          new RegExp(
            `^${kind}: FAILED, its files are left as they were: .*${main.replace(/\//g, '\\/')}`,
          ),
        );
        expect(written()).toEqual({});
      },
    );
  },
);

/** 10 MB of text, for the caps. */
const huge = 'Lang tekst. '.repeat(900_000);
const hostileTitle = 'Sjef: "alt" # [x] {y} ---\n<script>alert(1)</script>&amp; `z`';
const hostileHtml =
  '<p onclick="alert(1)">Tekst<script>alert(2)</script><img src=x onerror="alert(3)"> <a href="javascript:alert(4)">lenke</a> <a href="https://example.org/ok">trygg</a></p><style>p{}</style><iframe src="https://evil.example"></iframe>{import x}';

/** No file may carry anything that runs, and every body must be plain Markdown. */
function expectHarmless() {
  const files = written();
  expect(Object.keys(files).length).toBeGreaterThan(0);
  for (const [file, text] of Object.entries(files)) {
    if (!file.endsWith('.mdx')) continue;
    expect(text, file).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img/i);
    const { data, rawBody } = parseEntryFile(text, file);
    expect(isPlainMarkdown(rawBody.trim()), file).toBe(true);
    expect(String(data['title'])).not.toContain('\n');
  }
}

describe('hostile items', () => {
  it('jobbnorge: skips a path as id and a 10 MB text, and neutralises the rest', async () => {
    const page = JSON.parse(recorded('jobbnorge/jobs-page-1.json'));
    page.jobs.push(
      { ...page.jobs[0], id: '../../etc/passwd' },
      { ...page.jobs[0], id: 4100010, title: 'Stor annonse' },
      { ...page.jobs[0], id: 4100011, title: hostileTitle, summary: hostileHtml },
    );
    page.meta.jobCountTotal = 5;
    override('/jobbnorge/v3/Jobs', { body: JSON.stringify(page) });
    const detail = JSON.parse(recorded('jobbnorge/joblisting-4100001.json'));
    override('/jobbnorge-id/api/joblisting', (request) => {
      const id = new URL(request.url!, 'http://x').searchParams.get('jobId');
      const text = id === '4100010' ? huge : id === '4100011' ? hostileHtml : undefined;
      return {
        body: JSON.stringify(
          text ? { ...detail, components: [{ heading: '', text }], jobGapComponents: [] } : detail,
        ),
      };
    });
    const { summary } = await run(
      jobbnorge({
        employerIds: [1234],
        apiUrl: `${server.origin}/jobbnorge`,
        detailUrl: `${server.origin}/jobbnorge-id/api/joblisting`,
      }),
    );
    expect(summary.error).toBeUndefined();
    expect(summary.skipped).toEqual([
      { item: '../../etc/passwd', reason: 'the id "../../etc/passwd" is not a Jobbnorge id.' },
      {
        item: '4100010',
        reason: expect.stringMatching(
          /the ad's text is 10,800,000 characters long, over the limit of 100,000/,
        ),
      },
    ]);
    expectHarmless();
    const file = Object.entries(written()).find(([name]) => name.includes('4100011'))!;
    expect(parseEntryFile(file[1], file[0]).data['title']).toBe(
      'Sjef: "alt" # [x] {y} --- &amp; `z`'.replace('&amp;', '&'),
    );
  });

  it('nav: skips an id that is not a UUID and neutralises the text', async () => {
    const page = JSON.parse(recorded('nav/feed-page-1.json'));
    page.next_id = null;
    page.items.push({
      ...page.items[0],
      id: '../x',
      _feed_entry: { ...page.items[0]._feed_entry, uuid: '../x' },
    });
    override('/nav/api/v1/feed', { body: JSON.stringify(page) });
    const entry = JSON.parse(recorded('nav/feedentry-0f3a6c1e-1111-4a2b-9c3d-000000000001.json'));
    entry.ad_content.title = hostileTitle;
    entry.ad_content.description = hostileHtml;
    entry.ad_content.applicationUrl = 'javascript:alert(1)';
    override('/nav/api/v1/feedentry/0f3a6c1e-1111-4a2b-9c3d-000000000001', {
      body: JSON.stringify(entry),
    });
    const { summary } = await run(
      nav({ orgNumbers: ['999000001', '999000002'], apiUrl: `${server.origin}/nav` }),
    );
    expect(summary.skipped, JSON.stringify(summary.skipped)).toEqual([
      { item: '../x', reason: 'the id is not a UUID.' },
    ]);
    expectHarmless();
  });

  it('rss-jobs: makes a path id safe, skips a javascript: link and a 10 MB text', async () => {
    const item = (guid: string, link: string, text: string) =>
      `<item><guid>${guid}</guid><title><![CDATA[${hostileTitle}]]></title><link>${link}</link><description><![CDATA[${text}]]></description></item>`;
    override('/rss/stillinger.xml', {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${item('../../../x', 'https://jobb.testvik.example/a', hostileHtml)}${item('b', 'javascript:alert(1)', 'x')}${item('c', 'https://jobb.testvik.example/c', huge)}</channel></rss>`,
    });
    const { summary } = await run(rssJobs({ url: `${server.origin}/rss/stillinger.xml` }));
    expect(summary.error, summary.error).toBeUndefined();
    expect(summary.skipped.map((s) => s.item)).toEqual(['b', 'c']);
    expect(summary.skipped[0]!.reason).toMatch(/is not https/);
    expect(Object.keys(written()), Object.keys(written()).join()).toEqual([
      expect.stringMatching(/^jobs\/sjef-alt-x-y-z-rss-jobs-x\.mdx$/),
    ]);
    expectHarmless();
  });

  it('rss-jobs: refuses a document that declares entities', async () => {
    override('/rss/stillinger.xml', {
      body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
    });
    const { summary } = await run(rssJobs({ url: `${server.origin}/rss/stillinger.xml` }));
    expect(summary.error).toMatch(/declares entities/);
  });

  it('youtube: skips an id that is not a video id and a 10 MB description', async () => {
    const feed = recorded('youtube/videos.xml').replace(
      '</feed>',
      `<entry><yt:videoId>../../x</yt:videoId><title>x</title><published>2026-11-01T00:00:00+00:00</published></entry>
       <entry><yt:videoId>testvik-s09</yt:videoId><title><![CDATA[${hostileTitle}]]></title><published>2026-11-01T00:00:00+00:00</published><media:group><media:description><![CDATA[${huge}]]></media:description></media:group></entry>
       <entry><yt:videoId>testvik-s08</yt:videoId><title><![CDATA[${hostileTitle}]]></title><published>2026-11-02T00:00:00+00:00</published><media:group><media:description><![CDATA[${hostileHtml}]]></media:description></media:group></entry></feed>`,
    );
    override('/youtube/feeds/videos.xml', { body: feed });
    override('/youtube-img/vi/testvik-s08/hqdefault.jpg', {
      body: readFileSync(
        new URL('../../../../tests/fixtures/sync/youtube/hqdefault.jpg', import.meta.url),
      ),
    });
    const { summary } = await run(
      youtube({
        channelId: 'UCtestvikTESTVIKtestvik0',
        feedUrl: `${server.origin}/youtube/feeds/videos.xml`,
        posterBase: `${server.origin}/youtube-img`,
      }),
    );
    expect(summary.error, summary.error).toBeUndefined();
    expect(summary.skipped).toEqual([
      { item: '../../x', reason: '"../../x" is not an 11-character YouTube video id.' },
      {
        item: 'testvik-s09',
        reason: expect.stringMatching(/the description is .* over the limit/),
      },
    ]);
    expectHarmless();
  });
});

describe('paging, cursor and withdrawal', () => {
  it('jobbnorge reads the list page by page', async () => {
    const { summary } = await run(sources[0]![1]());
    expect(summary.added).toHaveLength(3);
    const pages = server.requests
      .filter((r) => r.path.startsWith('/jobbnorge/v3/Jobs'))
      .slice(-2)
      .map((r) => new URL(r.path, 'http://x').searchParams.get('page'));
    expect(pages).toEqual(['1', '2']);
  });

  it('nav follows next_id, keeps the last page as its cursor, and withdraws a stopped ad it has', async () => {
    const source = nav({ orgNumbers: ['999000001', '999000002'], apiUrl: `${server.origin}/nav` });
    const page1 = JSON.parse(recorded('nav/feed-page-1.json'));
    override('/nav/api/v1/feed', { body: JSON.stringify({ ...page1, next_id: null }) });
    const first = await run(source);
    expect(first.summary.added).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(content, '.sync/nav.json'), 'utf8')).cursor).toBe(page1.id);
    // The first page now points on to the second, where one of the two ads is stopped.
    const second = await run(source, '2026-11-21T05:00:00Z');
    expect(second.summary.withdrawn).toEqual([expect.stringMatching(/000000000004\.mdx$/)]);
    expect(readFileSync(second.summary.withdrawn[0]!, 'utf8')).toMatch(/^withdrawn: 2026-11-18$/m);
    expect(JSON.parse(readFileSync(join(content, '.sync/nav.json'), 'utf8')).cursor).toBe(
      page1.next_id,
    );
    expect(
      server.requests.filter((r) => r.path === `/nav/api/v1/feed/${page1.id}`).at(-1)?.headers
        .authorization,
    ).toMatch(/^Bearer ey/);
  });

  it('rss-jobs withdraws an ad gone from the feed before its deadline', async () => {
    const source = rssJobs({
      url: `${server.origin}/rss/stillinger.xml`,
      fields: { deadline: 'job:deadline' },
    });
    await run(source);
    override('/rss/stillinger.xml', {
      body: recorded('rss/stillinger.xml').replace(/<item>[\s\S]*<\/item>/, ''),
    });
    const { summary, lines } = await run(source, '2026-11-22T05:00:00Z');
    expect(summary.withdrawn, lines.join('\n')).toHaveLength(1);
    expect(readFileSync(summary.withdrawn[0]!, 'utf8')).toMatch(/^withdrawn: 2026-11-22$/m);
  });
});
