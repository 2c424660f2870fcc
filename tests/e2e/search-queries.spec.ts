import type { Page } from '@playwright/test';
import {
  englishQueries,
  norwegianQueries,
  suggestions,
  type SearchCase,
} from '../fixtures/search-queries';
import { expect, test } from './fixtures';

// Runs against the fixture site (npm run build:fixture, or build:sites for all test sites).
// Each query takes a few milliseconds on an idle machine; the limits allow for a busy one.
test.describe.configure({ timeout: 240_000 });
const eventually = expect.configure({ timeout: 20_000 });

const languages = [
  { path: '/sok/', field: 'Søkeord', results: 'Søkeresultater', cases: norwegianQueries },
  { path: '/en/search/', field: 'Search words', results: 'Search results', cases: englishQueries },
];

/**
 * Runs `query` through the search form and returns the paths of the first five results among
 * the search fixture's own pages (`sok-…`): the fixture site also holds other tests' entries,
 * which may share words with the table and are left out of the ranking.
 */
async function firstFive(page: Page, field: string, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: field, exact: true });
  await input.fill(query);
  await input.press('Enter');
  // The status line names the query, in quotes, once the results are shown.
  const quoted = new RegExp(`[«“]${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[»”]`);
  await eventually(page.getByRole('status')).toHaveText(quoted);
  const more = page.locator('[data-search-more]');
  const links = page.locator('[data-search-list] > li h3 a');
  for (let round = 0; round < 10 && (await more.isVisible()); round += 1) {
    const shown = await links.count();
    await more.click();
    await eventually(links).not.toHaveCount(shown);
  }
  const hrefs = await links.evaluateAll((all) =>
    all.map((link) => (link as HTMLAnchorElement).href),
  );
  return hrefs
    .map((href) => new URL(href).pathname)
    .filter((path) => /\/sok-/.test(path))
    .slice(0, 5);
}

for (const language of languages) {
  test(`every query in the table finds its pages on ${language.path}`, async ({ page }) => {
    await page.goto(language.path);
    const failures: { case: SearchCase; got: string[] }[] = [];
    for (const searchCase of language.cases) {
      const got = await firstFive(page, language.field, searchCase.query);
      if (!searchCase.finds.every((path) => got.includes(path))) {
        failures.push({ case: searchCase, got });
      }
    }
    expect(failures, 'queries whose pages are not among the first five results').toEqual([]);
  });
}

for (const { path, cases } of suggestions) {
  test(`a misspelt query on ${path} offers the site's own spelling, as a search link`, async ({
    page,
  }) => {
    for (const { query, suggests } of cases) {
      await page.goto(`${path}?q=${encodeURIComponent(query)}`);
      const offer = page.getByRole('link', { name: suggests, exact: true });
      await eventually(offer).toBeVisible();
      await offer.click();
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(suggests)}$`));
      await eventually(page.locator('[data-search-list] > li').first()).toBeVisible();
    }
  });
}

test('the engine loads only when the visitor starts to search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/sok/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Søkeord', exact: true }).focus();
  await expect.poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
});

test('the search page does not move while it loads and searches', async ({ page }) => {
  await page.goto('/sok/?q=sykepleier');
  await eventually(page.locator('[data-search-list] > li').first()).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  // Lighthouse reports layout shift to three decimals, and its CLS 0 is the goal. Chromium
  // now and then reports a shift of a fraction of a pixel while the results are drawn (once in
  // about fifty runs, 0.0000086): below what Lighthouse shows and no one can see.
  expect(shift).toBeLessThan(0.0005);
});

test('a match in a long page leads to its heading, and the page marks the words', async ({
  page,
}) => {
  await page.goto('/sok/?q=medisinrunden');
  const section = page.getByRole('link', { name: 'Treff under «Medisinrunden»' });
  await eventually(section).toBeVisible();
  await section.click();
  await expect(page).toHaveURL(/\/jobb\/video\/sok-nattevakt\/\?markert=.*#medisinrunden$/);
  await eventually(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});
