import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { en, lists, nb } from '../support/fixture-lists';
import { listPage, paths } from '../../src/core/urls';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const list of lists) {
  const words = list.locale === 'nb' ? nb : en;
  const second = listPage(list.first, 2, list.locale);

  // Every list's links, current page, headings and titles are checked over the built HTML
  // (tests/static/lists.test.ts); here a visitor clicks through one list to page 2 and back.
  const clicked = list === lists[0] ? [] : ['@full'];
  test(
    `${list.first} links to page 2 and back, marking the current page`,
    { tag: clicked },
    async ({ page }) => {
      await page.goto(list.first);
      let nav = page.getByRole('navigation', { name: list.label });
      await expect(nav.getByRole('link', { name: `${words.page} 1`, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(nav.getByRole('link', { name: words.previous })).toHaveCount(0);
      await expect(nav.getByRole('link', { name: `${words.page} 2`, exact: true })).toHaveAttribute(
        'href',
        second,
      );
      await nav.getByRole('link', { name: words.next }).click();
      await expect(page).toHaveURL((url) => url.pathname === second);

      nav = page.getByRole('navigation', { name: list.label });
      await expect(nav.getByRole('link', { name: `${words.page} 2`, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(
        nav.getByRole('link', { name: `${words.page} 1`, exact: true }),
      ).not.toHaveAttribute('aria-current');
      await expect(nav.getByRole('link', { name: words.previous })).toHaveAttribute('rel', 'prev');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        new RegExp(`${words.page.toLowerCase()} 2 ${words.of} ${list.pages}$`),
      );
      await expect(page).toHaveTitle(list.title);
      const canonical = page.locator('link[rel="canonical"]');
      if ((await canonical.count()) > 0) {
        await expect(canonical).toHaveAttribute('href', new RegExp(`${second}$`));
      }
      await nav.getByRole('link', { name: words.previous }).click();
      await expect(page).toHaveURL(
        (url) => `${url.pathname}${url.hash}` === (list.firstHref ?? list.first),
      );
    },
  );

  // Every page of every site has axe with layout in the sweep; the fast suite's page types hold
  // one later page of a list.
  test(`${second} passes axe`, { tag: '@full' }, async ({ page }) => {
    await page.goto(second);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a later page of a list looks right at 390 and 1280 px, ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(paths.channelsPage(5));
      const nav = page.getByRole('navigation', { name: 'Sider med innlegg' });
      await nav.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: test.info().outputPath(`posts-page-5-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      await page.goto(listPage(paths.jobs.nb, 2));
      await page.screenshot({
        path: test.info().outputPath(`jobs-page-2-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      // Nothing sticks out of the page sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      expect(overflow, `${width} px`).toBe(false);
    }
  });
}
