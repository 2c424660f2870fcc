import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import type { Platform } from '../../src/core/embeds/platforms';
import { fixtureEntries } from '../support/fixture-content';
import {
  allSites,
  buildDay as testBuildDay,
  sites,
  type SiteName,
  type TestSite,
} from '../support/sites';

export {
  day,
  fixture,
  fixtureContentDir,
  fixtureDir,
  fixtureEntries,
  fixtureJobs,
} from '../support/fixture-content';

/**
 * The test site the running Playwright project is for: the project is named after it
 * (`fixture`, `content`, …), or `sweep-<name>` for the sweep over every page.
 */
export function currentSite(): TestSite {
  const project = test.info().project.name;
  const site = sites[project.replace(/^sweep-/, '') as SiteName];
  if (!site) throw new Error(`The Playwright project "${project}" names no test site.`);
  return site;
}

/**
 * The fixture site's build, which the behaviour specs (run in the fixture project only) read;
 * they may read it before any test runs, when no project is known yet.
 */
export const fixtureSite: TestSite = sites.fixture;

/** The date every test site is built as of (BUILD_DATE). */
export const buildDay = testBuildDay;

/**
 * Every page path listed in the site's built sitemap, plus every built page the sitemap leaves
 * out (pages marked `noindex`, such as example entries) and the 404 page.
 */
export function sitemapPaths(site: TestSite = currentSite()): string[] {
  const dir = site.dir;
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  if (paths.length === 0)
    throw new Error(`No pages found in the sitemap under ${dir}; run npm run build:sites first.`);
  // The browser editor at /admin/ is no page for visitors; admin.spec.ts checks it.
  const unlisted = htmlFiles(site)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('admin/'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
  return [...new Set([...paths, ...unlisted])].sort().concat('/404.html');
}

/** The site's own origin, read from its built sitemap (whatever site configuration built it). */
export function builtOrigin(site: TestSite = currentSite()): string {
  const index = readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8');
  const loc = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  if (!loc) throw new Error(`No <loc> in ${site.dir}sitemap-index.xml; build the site first.`);
  return new URL(loc).origin;
}

/** Every HTML file in the site's build, relative to it. */
export function htmlFiles(site: TestSite = currentSite()): string[] {
  return readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
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

/** The tag of tests declared for one site alone; every other site's project leaves them out. */
export function siteTag(site: TestSite): string {
  return `@site:${site.name}`;
}

/**
 * Declares `body`'s tests once for each test site, tagged with the site, for checks whose list of
 * tests depends on what a site holds (its pages, its feeds): Playwright reads the spec files
 * before it knows which project will run them, so each site's group is declared and each site's
 * project runs its own.
 */
export function forEachSite(body: (site: TestSite) => void): void {
  for (const site of allSites) {
    test.describe(site.name, { tag: siteTag(site) }, () => body(site));
  }
}
