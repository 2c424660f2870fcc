import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { expect, test } from '../fixtures';
import { builtOrigin, forEachSite } from '../site';

/** Feed item as fast-xml-parser reads it. */
export interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category: string;
  'media:thumbnail'?: { '@_url': string; '@_width': string; '@_height': string };
}

/**
 * Every feed in the built site, parsed with a real XML parser, whatever entries it holds (none
 * included): absolute links and images, unique guids, valid dates newest first, the language,
 * full content without scripts, and a place on the feeds page.
 */
forEachSite((site) => {
  const siteOrigin = builtOrigin(site);

  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item',
    processEntities: true,
    htmlEntities: true,
  });

  /** A built feed's text, its channel and its items (none when the feed is empty). */
  function readFeed(path: string): {
    xml: string;
    channel: Record<string, unknown>;
    items: FeedItem[];
  } {
    const xml = readFileSync(join(site.dir, path), 'utf8');
    const channel = parser.parse(xml).rss.channel as Record<string, unknown> & {
      item?: FeedItem[];
    };
    return { xml, channel, items: channel.item ?? [] };
  }

  /** The main feed and every feed under /rss/, as site paths. */
  const feeds = [
    '/rss.xml',
    ...readdirSync(join(site.dir, 'rss'))
      .filter((file) => file.endsWith('.xml'))
      .sort()
      .map((file) => `/rss/${file}`),
  ];

  /** Every URL in `href`, `src` and `srcset` attributes of an HTML fragment. */
  function urlsIn(html: string): string[] {
    const single = [...html.matchAll(/\s(?:href|src|poster|cite)="([^"]*)"/g)].map(
      (m) => m[1] ?? '',
    );
    const sets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
      (m[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
    );
    return [...single, ...sets];
  }

  /** The file in the built site that an absolute URL on this site points to. */
  function distFile(url: string): string {
    const path = decodeURIComponent(new URL(url).pathname);
    return join(site.dir, path.endsWith('/') ? `${path}index.html` : path);
  }

  test('the site has a main feed and feeds under /rss/', () => {
    expect(feeds.length).toBeGreaterThan(1);
  });

  for (const path of feeds) {
    test.describe(`feed ${path}`, () => {
      test('is well-formed RSS with a stable guid and a valid date on every item', () => {
        const { xml, channel, items } = readFeed(path);
        expect(() => SyntaxValidator.validate(xml)).not.toThrow();
        expect(xml).toContain('<?xml-stylesheet href="/rss/feed.xsl" type="text/xsl"?>');
        expect(channel['language']).toBe('nb-no');
        expect(String(channel['link'])).toBe(`${siteOrigin}/`);
        expect(String(channel['title']).length).toBeGreaterThan(0);
        const guids = items.map((item) => item.guid['#text']);
        expect(new Set(guids).size, 'guids are unique').toBe(guids.length);
        for (const item of items) {
          expect(item.guid['#text']).toBe(item.link);
          expect(item.link.startsWith(`${siteOrigin}/`), item.link).toBe(true);
          expect(existsSync(distFile(item.link)), `${item.link} is in the built site`).toBe(true);
          // RFC 822 as RSS 2.0 asks for it, e.g. "Tue, 01 Sep 2026 00:00:00 GMT".
          expect(item.pubDate).toMatch(
            /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
          );
          expect(item.title.length).toBeGreaterThan(0);
          expect(item.category.length).toBeGreaterThan(0);
        }
        const dates = items.map((item) => Date.parse(item.pubDate));
        expect(dates, 'newest first').toEqual([...dates].sort((a, b) => b - a));
      });

      test('carries full content whose links and images are all absolute', () => {
        for (const item of readFeed(path).items) {
          const html = item['content:encoded'];
          expect(html.length, `${item.link} has content`).toBeGreaterThan(item.description.length);
          expect(html).not.toMatch(/<script|<style|<iframe/i);
          for (const url of urlsIn(html)) {
            expect(url, `in ${item.link}`).toMatch(/^(https:\/\/|mailto:|tel:)/);
            if (url.startsWith(`${siteOrigin}/_astro/`)) {
              expect(existsSync(distFile(url)), `${url} is in the built site`).toBe(true);
            }
          }
          const thumbnail = item['media:thumbnail'];
          if (thumbnail) {
            expect(thumbnail['@_url'].startsWith(`${siteOrigin}/_astro/`)).toBe(true);
            expect(existsSync(distFile(thumbnail['@_url']))).toBe(true);
            expect(Number(thumbnail['@_width'])).toBeGreaterThan(0);
          }
        }
      });
    });
  }

  test('every feed and the stylesheet parse in the browser, and the feeds page lists them', async ({
    page,
  }) => {
    await page.goto('/rss/');
    for (const path of [...feeds, '/rss/feed.xsl']) {
      // The browser's own XML parser reports any well-formedness error as <parsererror>.
      const error = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return doc.querySelector('parsererror')?.textContent ?? null;
      }, path);
      expect(error, path).toBeNull();
    }
    for (const path of feeds) {
      await expect(page.getByRole('main').locator(`a[href="${path}"]`)).toHaveCount(1);
    }
  });
});
