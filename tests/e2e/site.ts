import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Platform } from '../../src/lib/platforms';

/** The built site the browser tests run against. */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

/**
 * Every page path listed in the built sitemap, plus every built page the sitemap leaves out
 * (pages marked `noindex`, such as example entries) and the 404 page.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  if (paths.length === 0)
    throw new Error(`No pages found in the sitemap under ${distDir}; build the site first.`);
  const unlisted = htmlFiles()
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
  return [...new Set([...paths, ...unlisted])].sort().concat('/404.html');
}

/** Every HTML file in the built site, relative to it. */
export function htmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Channel id (file name) of each platform, read from the content the site was built from. */
export function channelIdsByPlatform(): Map<Platform, string> {
  const channelDir = new URL('../../content/channels/', import.meta.url).pathname;
  return new Map(
    readdirSync(channelDir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => {
        const data = parse(readFileSync(join(channelDir, file), 'utf8')) as { platform: Platform };
        return [data.platform, file.replace(/\.yaml$/, '')];
      }),
  );
}
