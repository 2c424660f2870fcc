import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { consentStorageKey, serializeConsent } from '../../../src/core/embeds/consent';
import { platformIds } from '../../../src/core/embeds/platforms';
import { paths } from '../../../src/core/urls';
import { securityHeaders } from '../../../src/deploy/security-headers';
import { expect, test } from '../csp-guard';
import { forEachSite, sitemapPaths } from '../site';
import { builtSite } from '../../support/pages';
import type { TestSite } from '../../support/sites';

/**
 * The fast suite's share of the sweep (sweep/pages.spec.ts, every page, npm run test:full): on
 * each test site, one page of each type, and the states that change what a visitor sees (menu
 * open, dark scheme, a phone's width, search results, embeds loaded after consent), each served
 * by nginx with the shipped headers: the Content-Security-Policy header, no violation of it, no
 * request to another host (csp-guard), one h1, one main landmark, and no WCAG 2.1 A/AA violation
 * found by axe with the page laid out. No axe rule is turned off.
 */

const policy = new Map(securityHeaders()).get('Content-Security-Policy');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * English pages by the Norwegian pages they translate: the same component and layout, so one
 * of the two is enough here (the sweep has both). The English home page stays a type of its own,
 * so that every site is checked in English too.
 */
const english: [RegExp, string][] = [
  [/^\/en\/accessibility\//, '/tilgjengelighet/'],
  [/^\/en\/privacy\//, '/personvern/'],
  [/^\/en\/search\//, '/sok/'],
  [/^\/en\/jobs\/positions\/newest\//, '/jobb/stillinger/nyeste/'],
  [/^\/en\/jobs\/positions\//, '/jobb/stillinger/'],
  [/^\/en\/jobs\/videos\//, '/jobb/video/'],
  [/^\/en\/jobs\/professions\/([^/]+)\/videos\//, '/jobb/yrke/$1/video/'],
  [/^\/en\/jobs\/professions\//, '/jobb/yrke/'],
  [/^\/en\/jobs\//, '/jobb/'],
  [/\/page\/(\d+)\/$/, '/side/$1/'],
];

/**
 * Path segments that name an entry, each replaced by `*` in a page's type: the page of one job is
 * of the same type as another job's. The fixed words beside them (`nyeste`, `side`, `utskrift`,
 * `innlegg`) are pages or folders of their own.
 */
const entrySegments: RegExp[] = [
  /^(\/kommunikasjonsplan\/)(?!utskrift\/)[^/]+\//,
  /^(\/jobb\/stillinger\/)(?!nyeste\/|side\/)[^/]+\//,
  /^(\/jobb\/video\/)(?!side\/)[^/]+\//,
  /^(\/jobb\/yrke\/)[^/]+\//,
  /^(\/kanaler\/innlegg\/)[^/]+\//,
  /^(\/kanaler\/)(?!side\/|innlegg\/)[^/]+\//,
  /^(\/nyheter\/)(?!side\/)[^/]+\//,
];

/**
 * A page's type: its path in Norwegian with each entry's id replaced by `*` (`/jobb/stillinger/*\/`);
 * the later pages of every list are one type, `…/side/N/`, as one pagination component draws them
 * all. A path no pattern knows is a type of its own, so a new kind of page is checked from the day
 * it is built.
 */
export function pageType(path: string): string {
  const norwegian = english.reduce((type, [pattern, to]) => type.replace(pattern, to), path);
  const type = entrySegments.reduce((type, pattern) => type.replace(pattern, '$1*/'), norwegian);
  return /\/side\/\d+\/$/.test(type) ? '…/side/N/' : type;
}

/**
 * One page of each type: the first in the sitemap's order that is in Norwegian and no example
 * entry (those are a page type's exception, with a notice of their own); an English page or an
 * example only for a type that has no other.
 */
function pagesByType(site: TestSite): Map<string, string> {
  const rank = (path: string) =>
    (builtHtml(site, path).includes('data-example-notice') ? 2 : 0) +
    (path.startsWith('/en/') ? 1 : 0);
  const paths = sitemapPaths(site)
    .map((path, index) => ({ path, index, rank: rank(path) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ path }) => path);
  const byType = new Map<string, string>();
  for (const path of paths) {
    const type = pageType(path);
    if (!byType.has(type)) byType.set(type, path);
  }
  return byType;
}

/** The built HTML of the page at `path` (tests/support/pages.ts reads each site once). */
function builtHtml(site: TestSite, path: string): string {
  const page = builtSite(site).page(path);
  if (!page) throw new Error(`${site.name}: ${path} is in the sitemap but not built`);
  return page.html;
}

/** The first page of the given type whose built HTML contains `marker`. */
function firstWith(site: TestSite, type: string, marker: string): string | undefined {
  return sitemapPaths(site).find(
    (path) => pageType(path) === type && builtHtml(site, path).includes(marker),
  );
}

/** Loads `path` and checks its status and its Content-Security-Policy header. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
  expect(response?.headers()['content-security-policy']).toBe(policy);
}

/** Runs axe on the page as it is now, after its late scripts, styles and images have settled. */
async function expectAxeClean(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations, 'axe violations').toEqual([]);
}

/** Page types each state is checked on, where the site has them. */
const darkTypes = ['/', '/kommunikasjonsplan/*/', '/jobb/stillinger/*/', '/jobb/video/*/'];
const phoneTypes = ['/', '/kommunikasjonsplan/*/', '/jobb/stillinger/*/', '/kanaler/innlegg/*/'];

/** What a platform's frame shows once the visitor has allowed it (never the real host). */
const stubFrame = '<!doctype html><html lang="nb"><title>Innebygd</title><p>Spiller</p></html>';

/**
 * The variant sites draw their pages with the fixture site's components; in the fast suite each
 * keeps what only it can show, and its other page types and states run in test:full (`@full`,
 * the sweep's projects): on `annenby`, another municipality's colours, on its home pages, its
 * pages without jobs or posts, and every state (dark scheme, menu open, search results, embed
 * loaded); on `tom`, the pages that say a collection is empty, light and dark.
 */
const emptyListTypes = new Set<string>([
  paths.home.nb,
  paths.home.en,
  paths.jobsHome.nb,
  paths.jobs.nb,
  paths.videos.nb,
  paths.channels,
  paths.news,
]);
const variantKeeps: Partial<Record<TestSite['name'], { types: Set<string>; states: boolean }>> = {
  annenby: {
    types: new Set<string>([
      paths.home.nb,
      paths.home.en,
      paths.jobsHome.nb,
      paths.jobs.nb,
      paths.channels,
    ]),
    states: true,
  },
  tom: { types: emptyListTypes, states: false },
};

/** `@full` for a state a variant site leaves to test:full, none otherwise. */
function stateTag(site: TestSite): { tag: string[] } {
  const keeps = variantKeeps[site.name];
  return { tag: !keeps || keeps.states ? [] : ['@full'] };
}

forEachSite((site) => {
  const byType = pagesByType(site);

  for (const [type, path] of byType) {
    const keeps = variantKeeps[site.name];
    const tag = keeps && !keeps.types.has(type) ? ['@full'] : [];
    test(`page type ${type} (${path})`, { tag }, async ({ page }) => {
      await open(page, path);
      await expectAxeClean(page);
    });
  }

  for (const type of darkTypes.filter((type) => byType.has(type))) {
    // On `tom`, the dark scheme where a page says a collection is empty.
    const dark =
      site.name === 'tom' ? { tag: emptyListTypes.has(type) ? [] : ['@full'] } : stateTag(site);
    test(`dark colour scheme: ${type}`, dark, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page, byType.get(type) as string);
      await expectAxeClean(page);
    });
  }

  test.describe('on a 390 px wide phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    // The variants draw these pages with the same components as the fixture and the default
    // content; their own colours are checked in the dark scheme and with the menu open.
    const phonePageTypes = site.name === 'fixture' || site.name === 'content' ? phoneTypes : [];
    for (const type of phonePageTypes.filter((type) => byType.has(type))) {
      test(`page type ${type}`, async ({ page }) => {
        await open(page, byType.get(type) as string);
        await expectAxeClean(page);
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the menu open (${colorScheme})`, stateTag(site), async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page, '/');
        const button = page
          .getByRole('navigation', { name: 'Hovedmeny' })
          .getByRole('button', { name: 'Meny' });
        await button.click();
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        await expectAxeClean(page);
      });
    }
  });

  // A word every site's search finds: the longest in its first plan chapter's heading.
  const chapter = sitemapPaths(site).find((path) => pageType(path) === '/kommunikasjonsplan/*/');
  const heading = chapter ? builtSite(site).page(chapter)?.$('h1').first().text() : undefined;
  const word = heading?.match(/\p{L}{4,}/gu)?.sort((a, b) => b.length - a.length)[0];
  if (word) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(
        `search results for «${word}» shown (${colorScheme})`,
        stateTag(site),
        async ({ page }) => {
          await page.emulateMedia({ colorScheme });
          await open(page, `/sok/?q=${encodeURIComponent(word)}`);
          const results = page.getByRole('region', { name: 'Søkeresultater' });
          // The first search waits for the index and its WebAssembly on a busy machine.
          await expect(results.getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
          await expectAxeClean(page);
        },
      );
    }
  }

  // Pages with a click-to-load embed: a video's player, a post's embed.
  const embeds = [
    firstWith(site, '/jobb/video/*/', 'data-click-to-load'),
    firstWith(site, '/kanaler/innlegg/*/', 'data-click-to-load'),
  ].filter((path) => path !== undefined);
  for (const path of embeds) {
    test(`consent given, embed loaded: ${path}`, stateTag(site), async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? '').origin;
      // The platform's own frame, answered here: the tests never reach another host.
      await page.route(
        (url) => url.protocol.startsWith('http') && url.origin !== origin,
        (route) => route.fulfill({ contentType: 'text/html', body: stubFrame }),
      );
      await page.addInitScript(
        ([key, value]) => localStorage.setItem(key as string, value as string),
        [consentStorageKey, serializeConsent(platformIds)],
      );
      await open(page, path);
      await expect(page.locator('iframe').first()).toBeAttached();
      await expectAxeClean(page);
    });
  }
});
