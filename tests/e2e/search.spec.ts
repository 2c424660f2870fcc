import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every word searched for here is in the fixture site (tests/fixtures/site/content/).

/** How long the first search may wait for the index and its WebAssembly on a busy machine. */
const indexLoad = 20_000;

/** What differs between the Norwegian and the English search page. */
const pages = [
  {
    path: '/sok/',
    home: '/',
    field: 'Søkeord',
    headerField: 'Søk på nettstedet',
    button: 'Søk',
    results: 'Søkeresultater',
    typeFilter: 'Innholdstype',
    // "renholdere" (cleaners) must find a page that only says "renholder" (cleaner).
    inflected: 'renholdere',
    baseFormPage: 'Renholdsdagen i Testvik',
    filterQuery: 'renholder',
    filterType: 'Nyhet',
    status: /\d+ treff på «renholder»|Ett treff på «renholder»/,
    noScript: 'Søket bruker JavaScript',
  },
  {
    path: '/en/search/',
    home: '/en/',
    field: 'Search words',
    headerField: 'Search the site',
    button: 'Search',
    results: 'Search results',
    typeFilter: 'Type of content',
    inflected: 'firefighters',
    baseFormPage: 'Full-time firefighter',
    filterQuery: 'firefighter',
    filterType: 'Video',
    status: /\d+ results for “firefighter”|One result for “firefighter”/,
    noScript: 'The search uses JavaScript',
  },
];

/** The result list of the search page. */
function resultList(page: Page, name: string) {
  return page.getByRole('region', { name }).getByRole('listitem');
}

/** The number of results the status line announces (the list shows only the first ones). */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  if (/^(Ett treff|One result)/.test(text)) return 1;
  return Number(/^\d+/.exec(text)?.[0] ?? 0);
}

for (const p of pages) {
  test.describe(`search on ${p.path}`, () => {
    test('an inflected word finds its base form, and focus stays in the field', async ({
      page,
    }) => {
      await page.goto(p.path);
      const field = page.getByRole('searchbox', { name: p.field, exact: true });
      await field.fill(p.inflected);
      await field.press('Enter');
      await expect(
        page.getByRole('region', { name: p.results }).getByRole('link', { name: p.baseFormPage }),
      ).toBeVisible({ timeout: indexLoad });
      await expect(field).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`\\?q=${p.inflected}$`));
    });

    test('?q= in the address runs the search, announces it and passes axe', async ({ page }) => {
      await page.goto(`${p.path}?q=${p.filterQuery}`);
      await expect(page.getByRole('searchbox', { name: p.field, exact: true })).toHaveValue(
        p.filterQuery,
      );
      await expect(page.getByRole('status')).toHaveText(p.status, { timeout: indexLoad });
      await expect(resultList(page, p.results).first()).toBeVisible();
      await expect(resultList(page, p.results).first().locator('mark').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });

    test('a type filter narrows the results', async ({ page }) => {
      await page.goto(`${p.path}?q=${p.filterQuery}`);
      const results = resultList(page, p.results);
      await expect(page.getByRole('status')).toHaveText(p.status, { timeout: indexLoad });
      const before = await resultCount(page);
      await page.getByLabel(p.typeFilter).selectOption({ label: p.filterType });
      await expect(page).toHaveURL(/[?&]type=/);
      await expect(async () => {
        const after = await resultCount(page);
        expect(after).toBeGreaterThan(0);
        expect(after).toBeLessThan(before);
      }).toPass({ timeout: 10_000 });
      for (const item of await results.all()) {
        await expect(item).toContainText(p.filterType);
      }
    });

    test('the search field in the header leads to the results', async ({ page }) => {
      await page.goto(p.home);
      const header = page.getByRole('banner');
      await header.getByRole('searchbox', { name: p.headerField }).fill(p.inflected);
      await header.getByRole('button', { name: p.button, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${p.path.replace(/\//g, '\\/')}\\?q=`));
      // The engine starts loading only now, with `?q=` in the address.
      await expect(
        page.getByRole('region', { name: p.results }).getByRole('link', { name: p.baseFormPage }),
      ).toBeVisible({ timeout: indexLoad });
    });
  });
}

for (const [filter, value, query, type] of [
  ['Yrke', 'Brannkonstabel', 'brannkonstabel', /Video|Stilling/],
  ['Kanal', 'YouTube', 'brannstasjonen', /Innlegg/],
] as const) {
  test(`the filter ${filter} offers "${value}" from the index and narrows the results`, async ({
    page,
  }) => {
    const results = resultList(page, 'Søkeresultater');
    await page.goto(`/sok/?q=${query}`);
    await expect(page.getByRole('status')).toHaveText(/treff på/, { timeout: indexLoad });
    const before = await resultCount(page);
    await page.getByLabel(filter).selectOption({ label: value }, { timeout: 5_000 });
    await expect(async () => {
      const after = await resultCount(page);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
    }).toPass({ timeout: 10_000 });
    for (const item of await results.all()) await expect(item).toContainText(type);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const p of pages) {
    test(`${p.path} says that search needs JavaScript and links to the overviews`, async ({
      page,
    }) => {
      await page.goto(`${p.path}?q=${p.filterQuery}`);
      await expect(page.getByText(p.noScript)).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByRole('listitem').getByRole('link').first()).toBeVisible();
      await expect(page.getByRole('region', { name: p.results })).toBeHidden();
    });
  }
});
