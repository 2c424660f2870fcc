/**
 * Each source's parser on a recorded payload or export file in the source's real format
 * (tests/fixtures/sync-social/, whose README says where each format comes from).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBlueskyFeed, textWithLinks } from './bluesky.ts';
import { parseFacebookPosts } from './facebook.ts';
import { parseFlickrFeed, readFlickrJson } from './flickr.ts';
import { parseInstagramPosts } from './instagram.ts';
import { parseLinkedInShares, parseCsv } from './linkedin.ts';
import { nextPageFromLink, parseMastodonAccount, parseMastodonStatuses } from './mastodon.ts';
import { MalformedPayload, maxHtmlLength, maxTextLength, type ParsedPosts } from './social-post.ts';
import { parseXAccount, parseXDate, parseXTweets, readArchiveScript } from './x.ts';

const fixtures = join(import.meta.dirname, '../../../../tests/fixtures/sync-social');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as unknown;
const since = new Date('2025-06-01T00:00:00Z');
const xAccount = parseXAccount(readArchiveScript(read('x/data/account.js'), 'data/account.js'));

interface Expected {
  ids: string[];
  skipped: [string, string][];
  older: number;
}

describe.each<[string, () => ParsedPosts, Expected]>([
  [
    'Mastodon, first page',
    () => parseMastodonStatuses(json('mastodon/statuses-1.json'), '109000000000000001', { since }),
    {
      ids: ['113000000000000103', '113000000000000100'],
      skipped: [
        ['113000000000000102', 'a boost of another post'],
        ['113000000000000101', 'a reply to another account'],
      ],
      older: 0,
    },
  ],
  [
    'Mastodon, second page',
    () => parseMastodonStatuses(json('mastodon/statuses-2.json'), '109000000000000001', { since }),
    {
      ids: ['113000000000000098'],
      skipped: [['113000000000000099', 'not a public status']],
      older: 1,
    },
  ],
  [
    'Bluesky, first page',
    () => parseBlueskyFeed(json('bluesky/feed-1.json'), undefined, { since }),
    {
      ids: ['3testvik00104', '3testvik00103'],
      skipped: [
        [
          'at://did:plc:nabo00000000000000000000/app.bsky.feed.post/3nabo0000001',
          'a repost of another post',
        ],
      ],
      older: 0,
    },
  ],
  [
    'Flickr',
    () =>
      parseFlickrFeed(readFlickrJson(read('flickr/photos_public.json')), '12345678@N00', { since }),
    { ids: ['53000000001'], skipped: [['53000000000', 'a photo of another account']], older: 0 },
  ],
  [
    'Facebook export',
    () =>
      parseFacebookPosts(
        json("facebook/this_profile's_activity_across_facebook/posts/profile_posts_1.json"),
        { since },
      ),
    {
      ids: ['1763630400', '1763544000', '1763457600'],
      skipped: [['#5', 'no whole-number "timestamp"']],
      older: 1,
    },
  ],
  [
    'Instagram export',
    () =>
      parseInstagramPosts(json('instagram/your_instagram_activity/content/posts_1.json'), {
        since,
      }),
    { ids: ['1763712000', '1763625600'], skipped: [], older: 0 },
  ],
  [
    'X archive',
    () =>
      parseXTweets(readArchiveScript(read('x/data/tweets.js'), 'data/tweets.js'), xAccount, {
        since,
      }),
    {
      ids: ['1860000000000000004', '1860000000000000001'],
      skipped: [
        ['1860000000000000003', 'a retweet'],
        ['1860000000000000002', 'a reply to another account'],
      ],
      older: 1,
    },
  ],
  [
    'LinkedIn export',
    () => parseLinkedInShares(read('linkedin/Shares.csv'), { since }),
    {
      ids: ['7260000000000000002', '7260000000000000001'],
      skipped: [['row 4', 'no LinkedIn post address in "ShareLink"']],
      older: 1,
    },
  ],
])('%s', (_, parse, expected) => {
  const result = parse();
  it('keeps the account’s own posts from the configured date', () =>
    expect(result.posts.map((post) => post.id)).toEqual(expected.ids));
  it('names each item left out and why', () =>
    expect(result.skipped.map(({ id, reason }) => [id, reason])).toEqual(expected.skipped));
  it('counts the posts before the date', () => expect(result.older).toBe(expected.older));
  it('writes every address as https, every date as an ISO instant', () => {
    for (const post of result.posts) {
      if (post.url) expect(new URL(post.url).protocol).toBe('https:');
      expect(post.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      // Markup in a plain-text source stays text, which the site shows escaped; no link survives
      // that is not https.
      expect(post.text).not.toMatch(/javascript:|http:\/\//i);
    }
  });
});

describe('what each source says about a post', () => {
  it('Mastodon: the text with whole links, hashtags and mentions as text, the image with its alt', () => {
    const [post, hostile] = parseMastodonStatuses(
      json('mastodon/statuses-1.json'),
      '109000000000000001',
    ).posts;
    expect(post).toEqual({
      platform: 'mastodon',
      id: '113000000000000103',
      url: 'https://mastodon.example/@testvik/113000000000000103',
      published: '2026-11-20T09:30:00.000Z',
      text: 'Strøbilen er ute fra klokka fire i natt. Følg brøytekartet på https://www.testvik.example/brøytekart #vær\n\nHilsen @driften',
      images: [
        {
          source:
            'https://files.mastodon.example/media_attachments/files/113000000000000203/original/bilde.png',
          alt: 'Strøbil på en snødekt gate om natten.',
        },
      ],
    });
    expect(hostile?.text).toBe('Se bildene fra lysfesten og denne lenken og en usikker.');
    expect(hostile?.images[0]?.alt).toBeUndefined();
  });

  it('Mastodon: the next page only from the Link header, on the same server', () => {
    const server = 'https://mastodon.example';
    expect(
      nextPageFromLink(
        '<https://mastodon.example/api/v1/accounts/1/statuses?max_id=9>; rel="next", <https://mastodon.example/api/v1/accounts/1/statuses?min_id=12>; rel="prev"',
        server,
      ),
    ).toBe('https://mastodon.example/api/v1/accounts/1/statuses?max_id=9');
    expect(nextPageFromLink('<https://evil.example/x>; rel="next"', server)).toBeUndefined();
    expect(nextPageFromLink(null, server)).toBeUndefined();
    expect(parseMastodonAccount(json('mastodon/lookup.json'))).toBe('109000000000000001');
  });

  it('Bluesky: the link facet as its full address, the link card appended, the DID in the address', () => {
    const first = parseBlueskyFeed(json('bluesky/feed-1.json'), undefined);
    expect(first.cursor).toBe('2026-11-19T10:00:00.000Z');
    expect(first.did).toBe('did:plc:testvik0000000000000000');
    expect(first.posts[0]).toMatchObject({
      url: 'https://bsky.app/profile/did:plc:testvik0000000000000000/post/3testvik00104',
      text: 'Isbanen åpner lørdag! Les mer: https://www.testvik.example/isbane/apningstider',
      images: [{ alt: 'Skøyteløpere på en opplyst isbane i parken.' }],
    });
    // The javascript: facet keeps its text; the script is text the site shows escaped.
    expect(first.posts[1]?.text).toBe('Farlig lenke <script>alert(1)</script>');
    expect(first.posts[1]?.images[0]?.alt).toBeUndefined();
    const second = parseBlueskyFeed(json('bluesky/feed-2.json'), first.did, { since });
    expect(second.cursor).toBeUndefined();
    expect(second.posts[0]?.text).toBe(
      'Søppeltømmingen går som normalt i romjula. #tømming @nabo.bsky.social\n\nhttps://www.testvik.example/tommekalender',
    );
  });

  it('Bluesky: facets count UTF-8 bytes, and a facet outside the text is ignored', () => {
    const text = 'Åpent på søndag: lenke';
    const start = new TextEncoder().encode('Åpent på søndag: ').length;
    const facet = (byteStart: number, byteEnd: number) => ({
      index: { byteStart, byteEnd },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://www.testvik.example/' }],
    });
    expect(textWithLinks(text, [facet(start, start + 5)])).toBe(
      'Åpent på søndag: https://www.testvik.example/',
    );
    expect(textWithLinks(text, [facet(start, 9999)])).toBe(text);
  });

  it('Flickr: title and own description as the text, the 1024 px picture, no alt text', () => {
    const [photo] = parseFlickrFeed(
      readFlickrJson(read('flickr/photos_public.json')),
      '12345678@N00',
    ).posts;
    expect(photo).toEqual({
      platform: 'flickr',
      id: '53000000001',
      url: 'https://www.flickr.com/photos/testvikkommune/53000000001/',
      published: '2026-11-20T10:00:00.000Z',
      text: "Lysfesten i sentrum\n\nTusen lys i byparken. Vi kaller den 'Lysfesten'.",
      images: [
        {
          source: 'https://live.staticflickr.com/65535/53000000001_abcdef1234_b.jpg',
          alt: undefined,
        },
      ],
    });
  });

  it('Facebook: «Tømmedagene kan flytte seg i høytiden» from the double-encoded export', () => {
    const raw = read("facebook/this_profile's_activity_across_facebook/posts/profile_posts_1.json");
    expect(raw).toContain('T\\u00c3\\u00b8mmedagene');
    const [post] = parseFacebookPosts(JSON.parse(raw)).posts;
    expect(post).toEqual({
      platform: 'facebook',
      id: '1763630400',
      url: undefined,
      published: '2025-11-20T09:20:00.000Z',
      text: 'Tømmedagene kan flytte seg i høytiden. Sjekk tømmekalenderen før du setter ut dunken.\n\nhttps://www.testvik.example/tommekalender',
      images: [
        {
          source:
            "this_profile's_activity_across_facebook/posts/media/Tommekalender_1/tommekalender.png",
          alt: undefined,
        },
      ],
    });
  });

  it('Instagram: the caption of a one-picture post, and of a post with several', () => {
    const [one, two] = parseInstagramPosts(
      json('instagram/your_instagram_activity/content/posts_1.json'),
    ).posts;
    expect(one?.text).toBe('Nå er isen trygg på Testvikdammen ❄️ #vinter');
    expect(two?.text).toBe('To bilder fra julegrantenningen på torget.');
    expect(two?.images.map((image) => image.source)).toEqual([
      'media/posts/202611/a.png',
      'media/posts/202611/b.png',
    ]);
  });

  it('X: t.co links as their destination, the picture from tweets_media, entities decoded', () => {
    const tweets = readArchiveScript(read('x/data/tweets.js'), 'data/tweets.js');
    const [post, thread] = parseXTweets(tweets, xAccount).posts;
    expect(post).toEqual({
      platform: 'x',
      id: '1860000000000000004',
      url: 'https://x.com/testvikkom/status/1860000000000000004',
      published: '2026-11-20T06:15:00.000Z',
      text: 'Brøytemannskapene er ute. Følg kartet: https://www.testvik.example/br%C3%B8ytekart',
      images: [{ source: 'data/tweets_media/1860000000000000004-GcTestvik1.png', alt: undefined }],
    });
    expect(thread?.text).toBe(
      'Fortsettelse i egen tråd: bibliotekene holder åpent i romjula & nyttårshelga.',
    );
    expect(
      parseXTweets(tweets, xAccount, { includeRetweets: true }).posts.map((p) => p.id),
    ).toContain('1860000000000000003');
    expect(parseXDate('Wed Oct 10 20:19:24 +0200 2018')).toBe('2018-10-10T18:19:24.000Z');
    expect(parseXDate('yesterday')).toBeUndefined();
  });

  it('LinkedIn: quoted text across lines, the shared link, the post address from its URN', () => {
    const [post, hostile] = parseLinkedInShares(read('linkedin/Shares.csv')).posts;
    expect(post).toMatchObject({
      url: 'https://www.linkedin.com/feed/update/urn:li:share:7260000000000000002/',
      published: '2026-11-19T08:15:00.000Z',
      text: 'Vi søker en "engasjert" sykepleier til Testvik helsehus.\n\nSøk innen 15. desember.\n\nhttps://jobb.testvik.example/stillinger/123',
    });
    // A javascript: "SharedUrl" is dropped; the text is kept as text.
    expect(hostile?.text).toBe('Takk til alle som kom på fagdagen, <script>alert(1)</script>');
    expect(parseCsv('a,"b\n""c""",d\r\n1,2,3')).toEqual([
      ['a', 'b\n"c"', 'd'],
      ['1', '2', '3'],
    ]);
  });
});

describe('hostile and malformed input', () => {
  it('a text of 10 MB is skipped with its length, not cut short, and 10 MB of HTML is not parsed', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const status = (json('mastodon/statuses-2.json') as Record<string, unknown>[])[1]!;
    const html = parseMastodonStatuses(
      [{ ...status, content: `<p>${huge}</p>` }],
      '109000000000000001',
    );
    expect(html.posts).toEqual([]);
    expect(html.skipped[0]?.reason).toBe(
      `HTML of ${huge.length + 7} characters, above ${maxHtmlLength}`,
    );
    const feed = json('bluesky/feed-2.json') as { feed: { post: { record: { text: string } } }[] };
    feed.feed[0]!.post.record.text = huge;
    const text = parseBlueskyFeed(feed, undefined);
    expect(text.posts.map((p) => p.id)).not.toContain('3testvik00102');
    // The link card's address is added to the text, so it is a little over 10 MB.
    expect(text.skipped[0]?.reason).toMatch(
      new RegExp(`^text of 104858\\d\\d characters, above ${maxTextLength}$`),
    );
  });

  describe.each<[string, () => unknown]>([
    ['Mastodon: an object instead of an array', () => parseMastodonStatuses({ error: 'x' }, '1')],
    ['Mastodon: a lookup without an id', () => parseMastodonAccount({ id: '../1' })],
    ['Bluesky: no "feed"', () => parseBlueskyFeed({ posts: [] }, undefined)],
    ['Flickr: not JSON', () => readFlickrJson('jsonFlickrFeed({')],
    ['Flickr: no "items"', () => parseFlickrFeed({}, '1@N00')],
    ['Facebook: not an array', () => parseFacebookPosts({ posts: [] })],
    ['Instagram: not an array', () => parseInstagramPosts('[]')],
    ['X: not the archive script', () => readArchiveScript('[]', 'data/tweets.js')],
    [
      'X: broken JSON after "="',
      () => readArchiveScript('window.YTD.tweets.part0 = [{', 'data/tweets.js'),
    ],
    ['X: account.js without an account', () => parseXAccount([{}])],
    ['LinkedIn: other columns', () => parseLinkedInShares('Dato,Lenke\n1,2')],
    [
      'LinkedIn: an unclosed quote',
      () => parseLinkedInShares('Date,ShareLink,ShareCommentary\n1,2,"3'),
    ],
  ])('%s', (_, parse) => {
    it('fails with a message naming what was expected', () => {
      expect(parse).toThrow(MalformedPayload);
      expect(parse).toThrow(/expected/i);
    });
  });
});
