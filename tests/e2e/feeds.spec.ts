import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { expect, test } from './fixtures';
import { distDir } from './site';

/**
 * Every feed in the built site, parsed with a real XML parser and checked against the content
 * files: one item per entry (open jobs only), absolute links and images, unique guids, valid
 * dates, the language, and a thumbnail on every video.
 */
const contentDir = new URL('../../content/', import.meta.url).pathname;
const siteOrigin = 'https://kommunikasjon.sarpsborg.com';
// The tests run against `npm run build:test`, which builds the site as of this day.
const buildDate = new Date(`${process.env['BUILD_DATE'] || '2026-11-24'}T00:00:00Z`);

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category: string;
  'media:thumbnail'?: { '@_url': string; '@_width': string; '@_height': string };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item',
  processEntities: true,
  htmlEntities: true,
});

function readFeed(path: string): { xml: string; channel: Record<string, unknown>; items: Item[] } {
  const xml = readFileSync(join(distDir, path), 'utf8');
  const channel = parser.parse(xml).rss.channel as Record<string, unknown> & { item?: Item[] };
  return { xml, channel, items: channel.item ?? [] };
}

/** Front matter of every MDX file in a collection, by id (file name). */
function entries(collection: string): Map<string, Record<string, unknown>> {
  const dir = join(contentDir, collection);
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'));
        return [file.replace(/\.mdx$/, ''), parseYaml(front?.[1] ?? '') as Record<string, unknown>];
      }),
  );
}

function openJobIds(): string[] {
  return [...entries('jobs')]
    .filter(([, data]) => new Date(`${String(data['deadline'])}T00:00:00Z`) >= buildDate)
    .map(([id]) => id);
}

const expectedCounts = {
  '/rss/nyheter.xml': entries('news').size,
  '/rss/videoer.xml': entries('videos').size,
  '/rss/stillinger.xml': openJobIds().length,
  '/rss/innlegg.xml': entries('posts').size,
};
/** Each dated change in a plan chapter is also an item in the feed with everything. */
const planChanges = [...entries('plan').values()].reduce(
  (sum, data) => sum + (Array.isArray(data['changes']) ? data['changes'].length : 0),
  0,
);
const feeds = {
  '/rss.xml': Object.values(expectedCounts).reduce((sum, n) => sum + n, 0) + planChanges,
  ...expectedCounts,
};

/** Every URL in `href`, `src` and `srcset` attributes of an HTML fragment. */
function urlsIn(html: string): string[] {
  const single = [...html.matchAll(/\s(?:href|src|poster|cite)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const sets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  return [...single, ...sets];
}

/** The file in dist that an absolute URL on this site points to. */
function distFile(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

for (const [path, count] of Object.entries(feeds)) {
  test.describe(`feed ${path}`, () => {
    test('has one item per entry, with a stable guid and a valid date', () => {
      const { xml, channel, items } = readFeed(path);
      expect(xml).toContain('<?xml-stylesheet href="/rss/feed.xsl" type="text/xsl"?>');
      expect(channel['language']).toBe('nb-no');
      expect(String(channel['link'])).toBe(`${siteOrigin}/`);
      expect(items).toHaveLength(count);
      const guids = items.map((item) => item.guid['#text']);
      expect(new Set(guids).size, 'guids are unique').toBe(guids.length);
      for (const item of items) {
        expect(item.guid['#text']).toBe(item.link);
        expect(item.link.startsWith(`${siteOrigin}/`), item.link).toBe(true);
        // RFC 822 as RSS 2.0 asks for it, e.g. "Tue, 01 Sep 2026 00:00:00 GMT".
        expect(item.pubDate).toMatch(
          /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
        );
        expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
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
      }
    });
  });
}

test('every video item has its poster as a media thumbnail that exists', () => {
  const { xml, items } = readFeed('/rss/videoer.xml');
  expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const thumbnail = item['media:thumbnail'];
    expect(thumbnail, `${item.link} has a thumbnail`).toBeDefined();
    expect(thumbnail?.['@_url'].startsWith(`${siteOrigin}/_astro/`)).toBe(true);
    expect(existsSync(distFile(thumbnail?.['@_url'] ?? ''))).toBe(true);
    expect(Number(thumbnail?.['@_width'])).toBeGreaterThan(0);
  }
});

test('the jobs feed holds every open job and no closed one', () => {
  const open = openJobIds();
  const closed = [...entries('jobs').keys()].filter((id) => !open.includes(id));
  const links = readFeed('/rss/stillinger.xml').items.map((item) => item.link);
  expect(links.sort()).toEqual(open.map((id) => `${siteOrigin}/jobb/stillinger/${id}/`).sort());
  const everything = readFeed('/rss.xml').items.map((item) => item.link);
  for (const id of closed) {
    expect(everything).not.toContain(`${siteOrigin}/jobb/stillinger/${id}/`);
  }
});

test('every feed and the stylesheet are well-formed XML', async ({ page }) => {
  await page.goto('/rss/');
  for (const path of [...Object.keys(feeds), '/rss/feed.xsl']) {
    // The browser's own XML parser reports any well-formedness error as <parsererror>.
    const error = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return doc.querySelector('parsererror')?.textContent ?? null;
    }, path);
    expect(error, path).toBeNull();
  }
  const xsl = readFileSync(join(distDir, 'rss/feed.xsl'), 'utf8');
  expect(xsl).toContain('<xsl:for-each select="/rss/channel/item">');
});

test('pages announce their feeds, and the feeds page lists every feed', async ({ page }) => {
  await page.goto('/nyheter/');
  const alternates = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternates).toHaveCount(2);
  await expect(alternates.nth(1)).toHaveAttribute('href', `${siteOrigin}/rss/nyheter.xml`);

  await page.goto('/rss/');
  for (const path of Object.keys(feeds)) {
    await expect(page.getByRole('main').locator(`a[href="${path}"]`)).toHaveCount(1);
    const response = await page.request.get(path);
    expect(response.ok(), `${path} is served`).toBe(true);
  }
});
