import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtOrigin, currentSite } from '../site';

test('every page has Open Graph and Twitter card meta and announces the main feed', () => {
  const siteOrigin = builtOrigin();
  const distDir = currentSite().dir;
  const html = (path: string) =>
    readFileSync(join(distDir, path.replace(/^\//, ''), 'index.html'), 'utf8');
  const siteName = /<meta property="og:site_name" content="([^"]*)"/.exec(html('/'))?.[1] ?? '';
  expect(siteName.length).toBeGreaterThan(0);
  const paths = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(
    /<loc>([^<]+)<\/loc>/g,
  );
  for (const [, loc] of paths) {
    const path = new URL(loc ?? '').pathname;
    const page = html(path);
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];
    // A page kept out of search engines (a closed job) has no canonical link, but still a URL.
    if (!page.includes('<meta name="robots" content="noindex">')) {
      expect(/<link rel="canonical" href="([^"]*)"/.exec(page)?.[1], `${path}: canonical`).toBe(
        `${siteOrigin}${path}`,
      );
    }
    expect(meta('og:url'), `${path}: og:url`).toBe(`${siteOrigin}${path}`);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card']) {
      expect(meta(key)?.length ?? 0, `${path}: ${key}`).toBeGreaterThan(0);
    }
    const image = meta('og:image');
    if (image) {
      expect(image.startsWith(`${siteOrigin}/_astro/`), `${path}: og:image`).toBe(true);
      expect(meta('og:image:alt'), `${path}: og:image:alt`).toBeDefined();
    }
    expect(page, `${path}: feed autodiscovery`).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Alt nytt – ${siteName}" href="${siteOrigin}/rss.xml">`,
    );
  }
});
