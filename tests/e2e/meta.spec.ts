import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, sitemapPaths } from './site';

const siteOrigin = 'https://kommunikasjon.sarpsborg.com';

/** The `content` of a `<meta>` by its `property` or `name`. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`);
  return tag.exec(html)?.[1];
}

test('every page has Open Graph and Twitter card meta and announces the main feed', () => {
  const pages = sitemapPaths().filter((path) => path !== '/404.html');
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const url = `${siteOrigin}${path}`;
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    // A page kept out of search engines (a closed job) has no canonical link, but still a URL.
    if (!html.includes('<meta name="robots" content="noindex">')) {
      expect(canonical, `${path}: canonical`).toBe(url);
    }
    expect(meta(html, 'og:url'), `${path}: og:url`).toBe(url);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card']) {
      expect(meta(html, key)?.length ?? 0, `${path}: ${key}`).toBeGreaterThan(0);
    }
    const image = meta(html, 'og:image');
    if (image) {
      expect(image.startsWith(`${siteOrigin}/_astro/`), `${path}: og:image`).toBe(true);
      expect(meta(html, 'og:image:alt'), `${path}: og:image:alt`).toBeDefined();
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    }
    expect(html, `${path}: feed autodiscovery`).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Alt nytt – Sarpsborg kommune" href="${siteOrigin}/rss.xml">`,
    );
  }
});

for (const [path, feed] of [
  ['/nyheter/', '/rss/nyheter.xml'],
  ['/nyheter/folg-oss-med-rss/', '/rss/nyheter.xml'],
  ['/jobb/stillinger/', '/rss/stillinger.xml'],
  ['/jobb/video/', '/rss/videoer.xml'],
  ['/jobb/video/sykepleier/', '/rss/videoer.xml'],
] as const) {
  test(`${path} announces ${feed}`, () => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    expect(html).toContain(`type="application/rss+xml"`);
    expect(html).toMatch(
      new RegExp(
        `rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${siteOrigin}${feed}"`,
      ),
    );
  });
}

test('a video page offers its poster as the link preview image', () => {
  const html = readFileSync(join(distDir, 'jobb/video/sykepleier/index.html'), 'utf8');
  expect(meta(html, 'og:image')).toMatch(
    /^https:\/\/kommunikasjon\.sarpsborg\.com\/_astro\/.+\.jpe?g$/,
  );
});
