import { describe, expect, it } from 'vitest';
import {
  describeHosts,
  hostMatches,
  parseHttpsUrl,
  urlBelongsToPlatform,
  type Platform,
} from './platforms';

describe.each<[string, Platform, boolean]>([
  ['https://www.facebook.com/testvikkommune/posts/1', 'facebook', true],
  ['https://m.facebook.com/story.php?id=1', 'facebook', true],
  ['https://facebook.com.evil.example/posts/1', 'facebook', false],
  ['https://notfacebook.com/posts/1', 'facebook', false],
  ['http://www.facebook.com/testvikkommune', 'facebook', false],
  ['https://www.instagram.com/p/abc/', 'instagram', true],
  ['https://x.com/testvikkom/status/1', 'x', true],
  ['https://twitter.com/testvikkom/status/1', 'x', true],
  ['https://www.youtube.com/watch?v=AAAAAAAAAAA', 'youtube', true],
  ['https://youtu.be/AAAAAAAAAAA', 'youtube', true],
  ['https://www.linkedin.com/posts/testvik-kommune_1', 'linkedin', true],
  ['https://www.flickr.com/photos/testvikkommune/1', 'flickr', true],
  ['https://www.instagram.com/p/abc/', 'flickr', false],
  ['https://www.testvik.example/cpoint/', 'cpoint', true],
  ['https://mastodon.example/@testvik/1', 'mastodon', true],
  ['http://mastodon.example/@testvik/1', 'mastodon', false],
  ['https://bsky.app/profile/did:plc:x/post/1', 'bluesky', true],
  ['https://bsky.app.evil.example/profile/x', 'bluesky', false],
  ['not a url', 'cpoint', false],
])('urlBelongsToPlatform(%s, %s)', (url, platform, expected) => {
  it(`is ${expected}`, () => expect(urlBelongsToPlatform(url, platform)).toBe(expected));
});

describe('hostMatches', () => {
  it.each([
    ['facebook.com', 'facebook.com', true],
    ['WWW.Facebook.com', 'facebook.com', true],
    ['facebook.com.example', 'facebook.com', false],
  ])('%s on %s is %s', (host, domain, expected) =>
    expect(hostMatches(host, domain)).toBe(expected),
  );
});

describe('parseHttpsUrl', () => {
  it('accepts https and rejects other schemes and junk', () => {
    expect(parseHttpsUrl('https://www.testvik.example/')?.hostname).toBe('www.testvik.example');
    expect(parseHttpsUrl('ftp://www.testvik.example/')).toBeUndefined();
    expect(parseHttpsUrl('www.testvik.example')).toBeUndefined();
  });
});

describe('describeHosts', () => {
  it('lists the hosts, or says any address for a platform without embeds', () => {
    expect(describeHosts('x')).toBe('x.com or twitter.com');
    expect(describeHosts('cpoint')).toBe('any https address');
  });
});
