import { describe, expect, it } from 'vitest';
import {
  embedFor,
  embedHosts,
  matchBlueskyPost,
  matchFacebookPost,
  matchMastodonStatus,
  matchFlickrPhoto,
  matchInstagramPost,
  matchLinkedInPost,
  matchXPost,
  matchYouTubeVideo,
} from './embeds';
import type { Platform } from './platforms';

describe.each([
  [
    'https://www.facebook.com/testvikkommune/posts/10161234567890001',
    'https://www.facebook.com/testvikkommune/posts/10161234567890001',
  ],
  [
    'https://facebook.com/testvikkommune/posts/pfbid02abcXYZ',
    'https://www.facebook.com/testvikkommune/posts/pfbid02abcXYZ',
  ],
  [
    'https://m.facebook.com/testvikkommune/videos/123/',
    'https://www.facebook.com/testvikkommune/videos/123',
  ],
  [
    'https://www.facebook.com/permalink.php?story_fbid=55&id=123',
    'https://www.facebook.com/permalink.php?story_fbid=55&id=123',
  ],
  ['https://www.facebook.com/testvikkommune', undefined],
  ['https://www.facebook.com/testvikkommune/posts/', undefined],
  ['https://www.facebook.com/permalink.php?story_fbid=55', undefined],
  ['http://www.facebook.com/testvikkommune/posts/1', undefined],
  ['https://www.notfacebook.com/testvikkommune/posts/1', undefined],
])('matchFacebookPost(%s)', (url, expected) => {
  it(`is ${expected}`, () => expect(matchFacebookPost(url)).toBe(expected));
});

describe.each([
  ['https://www.instagram.com/p/DAk3Lm9sQw2/', { kind: 'p', code: 'DAk3Lm9sQw2' }],
  ['https://instagram.com/p/DAk3Lm9sQw2', { kind: 'p', code: 'DAk3Lm9sQw2' }],
  ['https://www.instagram.com/reel/DBx7Tq2pLk9/', { kind: 'reel', code: 'DBx7Tq2pLk9' }],
  ['https://www.instagram.com/testvikkommune/', undefined],
  ['https://www.instagram.com/p/', undefined],
  ['https://www.instagram.com/p/abc/extra/', undefined],
  ['https://www.instagram.com.evil.example/p/abc/', undefined],
])('matchInstagramPost(%s)', (url, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(matchInstagramPost(url)).toEqual(expected));
});

describe.each([
  ['https://x.com/testvikkom/status/1856123456789012345', '1856123456789012345'],
  ['https://twitter.com/testvikkom/status/20', '20'],
  ['https://mobile.twitter.com/testvikkom/status/20', '20'],
  ['https://x.com/testvikkom', undefined],
  ['https://x.com/testvikkom/status/abc', undefined],
  ['https://x.com/testvikkom/status/20/photo/1', undefined],
])('matchXPost(%s)', (url, expected) => {
  it(`is ${expected}`, () => expect(matchXPost(url)).toBe(expected));
});

describe.each([
  ['https://www.youtube.com/watch?v=Hq3vR8kLm2A', 'Hq3vR8kLm2A'],
  ['https://youtube.com/watch?v=Hq3vR8kLm2A&t=30s', 'Hq3vR8kLm2A'],
  ['https://youtu.be/Hq3vR8kLm2A', 'Hq3vR8kLm2A'],
  ['https://www.youtube.com/shorts/Lk8dF2nQ5wR', 'Lk8dF2nQ5wR'],
  ['https://www.youtube.com/live/Lk8dF2nQ5wR', 'Lk8dF2nQ5wR'],
  ['https://www.youtube.com/embed/Lk8dF2nQ5wR', 'Lk8dF2nQ5wR'],
  ['https://www.youtube.com/watch?v=short', undefined],
  ['https://www.youtube.com/@testvikkommune', undefined],
  ['https://youtu.be/', undefined],
  ['https://www.youtube.com/playlist?list=PL123', undefined],
])('matchYouTubeVideo(%s)', (url, expected) => {
  it(`is ${expected}`, () => expect(matchYouTubeVideo(url)).toBe(expected));
});

describe.each([
  [
    'https://www.linkedin.com/feed/update/urn:li:activity:7259876543210987654/',
    'urn:li:activity:7259876543210987654',
  ],
  [
    'https://www.linkedin.com/feed/update/urn:li:share:7226789012345678901',
    'urn:li:share:7226789012345678901',
  ],
  ['https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A42/', 'urn:li:ugcPost:42'],
  [
    'https://www.linkedin.com/posts/testvik-kommune_tema-activity-7245678901234567890-Xy7Q/',
    'urn:li:activity:7245678901234567890',
  ],
  ['https://www.linkedin.com/company/testvik-kommune/', undefined],
  ['https://www.linkedin.com/posts/testvik-kommune_tema/', undefined],
  ['https://www.linkedin.com/feed/update/urn:li:person:42/', undefined],
])('matchLinkedInPost(%s)', (url, expected) => {
  it(`is ${expected}`, () => expect(matchLinkedInPost(url)).toBe(expected));
});

describe.each([
  [
    'https://www.flickr.com/photos/testvikkommune/53987654321/',
    { account: 'testvikkommune', id: '53987654321' },
  ],
  [
    'https://flickr.com/photos/12345678@N02/53987654321',
    { account: '12345678@N02', id: '53987654321' },
  ],
  [
    'https://www.flickr.com/photos/testvikkommune/53876543210/in/album-72177720312345678/',
    { account: 'testvikkommune', id: '53876543210' },
  ],
  ['https://www.flickr.com/photos/testvikkommune/', undefined],
  ['https://www.flickr.com/photos/testvikkommune/albums/72177720312345678', undefined],
  ['https://flic.kr/p/2abcDE', undefined],
])('matchFlickrPhoto(%s)', (url, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(matchFlickrPhoto(url)).toEqual(expected));
});

describe.each<[Platform, string, string | undefined]>([
  [
    'facebook',
    'https://www.facebook.com/testvikkommune/posts/1',
    'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Ftestvikkommune%2Fposts%2F1&show_text=true&width=500',
  ],
  [
    'instagram',
    'https://www.instagram.com/reel/DBx7Tq2pLk9/',
    'https://www.instagram.com/reel/DBx7Tq2pLk9/embed/',
  ],
  [
    'x',
    'https://twitter.com/testvikkom/status/20',
    'https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true',
  ],
  ['youtube', 'https://youtu.be/Hq3vR8kLm2A', 'https://www.youtube-nocookie.com/embed/Hq3vR8kLm2A'],
  [
    'linkedin',
    'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    'https://www.linkedin.com/embed/feed/update/urn:li:activity:1',
  ],
  [
    'flickr',
    'https://www.flickr.com/photos/testvikkommune/5/',
    'https://www.flickr.com/photos/testvikkommune/5/player/',
  ],
  [
    'bluesky',
    'https://bsky.app/profile/did:plc:testvik0000000000000000/post/3lbv3urcj3s2t',
    'https://embed.bsky.app/embed/did:plc:testvik0000000000000000/app.bsky.feed.post/3lbv3urcj3s2t',
  ],
  ['bluesky', 'https://bsky.app/profile/testvik.bsky.social/post/3lbv3urcj3s2t', undefined],
  ['mastodon', 'https://mastodon.example/@testvik/113000000000000001', undefined],
  ['cpoint', 'https://www.testvik.example/cpoint/innlegg/1/', undefined],
  ['facebook', 'https://www.instagram.com/p/DAk3Lm9sQw2/', undefined],
  ['youtube', 'https://www.youtube.com/@testvikkommune', undefined],
])('embedFor(%s, %s)', (platform, url, expected) => {
  it(`has the address ${expected}`, () => {
    const embed = embedFor(platform, url);
    expect(embed?.src).toBe(expected);
    if (embed && platform !== 'cpoint' && platform !== 'mastodon') {
      expect(new URL(embed.src).host).toBe(embedHosts[platform]);
      expect(embed.host).toBe(embedHosts[platform]);
    }
  });
});

describe.each([
  [
    'https://bsky.app/profile/did:plc:testvik0000000000000000/post/3lbv3urcj3s2t',
    { did: 'did:plc:testvik0000000000000000', rkey: '3lbv3urcj3s2t' },
  ],
  [
    'https://bsky.app/profile/did%3Aplc%3Atestvik0000000000000000/post/3lbv3urcj3s2t',
    { did: 'did:plc:testvik0000000000000000', rkey: '3lbv3urcj3s2t' },
  ],
  // The handle can change hands; the embed needs the DID.
  ['https://bsky.app/profile/testvik.bsky.social/post/3lbv3urcj3s2t', undefined],
  ['https://bsky.app/profile/did:plc:testvik0000000000000000', undefined],
  ['https://bsky.app/profile/did:plc:testvik0000000000000000/post/..', undefined],
  ['https://bsky.app.evil.example/profile/did:plc:x/post/1', undefined],
  ['http://bsky.app/profile/did:plc:testvik0000000000000000/post/3lbv3urcj3s2t', undefined],
])('matchBlueskyPost(%s)', (url, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(matchBlueskyPost(url)).toEqual(expected));
});

describe.each([
  [
    'https://mastodon.example/@testvik/113000000000000001',
    { server: 'mastodon.example', account: 'testvik', id: '113000000000000001' },
  ],
  ['https://mastodon.example/@testvik', undefined],
  ['https://mastodon.example/@testvik/113000000000000001/embed', undefined],
  ['https://mastodon.example/users/testvik/statuses/113000000000000001', undefined],
  ['http://mastodon.example/@testvik/113000000000000001', undefined],
  ['javascript:alert(1)//@testvik/1', undefined],
])('matchMastodonStatus(%s)', (url, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(matchMastodonStatus(url)).toEqual(expected));
});
