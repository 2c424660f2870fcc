import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Platform } from '../../src/core/embeds/platforms';
import type { SiteConfig } from '../../src/site.config';
import { site as fixtureSite } from '../fixtures/site/site.config';

const repo = resolve(import.meta.dirname, '../..');

/**
 * Which suite runs: `fixture` (the behaviour specs, against the site built from
 * `tests/fixtures/site/` by `npm run build:fixture`) or `content` (the content-agnostic checks
 * in `tests/e2e/content/`, against `dist/` or the folder in SITE_DIR).
 */
export const suite: 'fixture' | 'content' =
  process.env['TEST_SITE'] === 'content' ? 'content' : 'fixture';

/** The built site the browser tests run against, with a trailing slash. */
export const distDir = `${resolve(
  process.env['SITE_DIR'] ??
    (suite === 'content' ? join(repo, 'dist') : join(repo, 'tests/.output/fixture-dist')),
)}/`;

/** The fixture site's own files: configuration and content. */
export const fixtureDir = join(repo, 'tests/fixtures/site');

/** Content folder of the fixture site. */
export const fixtureContentDir = join(fixtureDir, 'content');

/** The fixture site's configuration, as the behaviour specs expect it built. */
export const fixture: SiteConfig = fixtureSite;

/** The date `npm run build:fixture` builds the site as of. */
export const buildDay = '2026-11-24';

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
  // The browser editor at /admin/ is no page for visitors; admin.spec.ts checks it.
  const unlisted = htmlFiles()
    .filter((file) => file.endsWith('index.html') && !file.startsWith('admin/'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
  return [...new Set([...paths, ...unlisted])].sort().concat('/404.html');
}

/** The site's own origin, read from the built sitemap (whatever site configuration built it). */
export function builtOrigin(): string {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const loc = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  if (!loc) throw new Error(`No <loc> in ${distDir}sitemap-index.xml; build the site first.`);
  return new URL(loc).origin;
}

/** Every HTML file in the built site, relative to it. */
export function htmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Front matter of an MDX file, or the whole of a YAML file. */
function readData(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text);
  return (parse(frontMatter ? (frontMatter[1] ?? '') : text) ?? {}) as Record<string, unknown>;
}

/** Every entry of a fixture collection, parsed, with its id (file name), sorted by id. */
export function fixtureEntries<T = Record<string, unknown>>(
  collection: string,
): (T & { id: string })[] {
  const dir = join(fixtureContentDir, collection);
  return readdirSync(dir)
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .sort()
    .map((file) => ({ ...(readData(join(dir, file)) as T), id: file.replace(/\.[^.]+$/, '') }));
}

/** A date from front matter as YYYY-MM-DD (YAML reads unquoted dates as Date). */
export function day(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** Channel id (file name) of each platform in the fixture site. */
export function channelIdsByPlatform(): Map<Platform, string> {
  return new Map(
    fixtureEntries<{ platform: Platform }>('channels').map((channel) => [
      channel.platform,
      channel.id,
    ]),
  );
}
