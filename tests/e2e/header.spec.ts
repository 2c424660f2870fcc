import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const schemes = ['light', 'dark'] as const;
const pages = ['/', '/jobb/', '/en/jobs/'];
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function headerHeight(page: Page): Promise<number> {
  const box = await page.locator('header.site-header').boundingBox();
  if (!box) throw new Error('The page has no visible header.');
  return box.height;
}

test.describe('the header on a 390 px wide phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of pages) {
    test(`is at most 120 px tall with the menu closed on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await headerHeight(page)).toBeLessThanOrEqual(120);
      await expect(page.getByRole('searchbox')).toBeVisible();
    });
  }

  for (const colorScheme of schemes) {
    test(`menu opens and closes by keyboard and passes axe (${colorScheme})`, async ({
      page,
    }, info) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
      const button = nav.getByRole('button', { name: 'Meny' });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav.getByRole('link', { name: 'Kommunikasjonsplan' })).toBeHidden();
      await page.screenshot({ path: info.outputPath(`header-390-${colorScheme}-closed.png`) });

      // Focus order: the skip link and the name come before the menu button, search after it.
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const planLink = nav.getByRole('link', { name: 'Kommunikasjonsplan' });
      await expect(planLink).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: 'Forside' })).toBeFocused();
      await page.screenshot({ path: info.outputPath(`header-390-${colorScheme}-open.png`) });

      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      await expect(planLink).toBeHidden();

      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'false');

      // After the closed menu, Tab goes on to the search field.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('searchbox')).toBeFocused();
    });
  }

  test('the button controls the list it names', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Meny' });
    const controls = await button.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    await expect(page.locator(`#${controls}`)).toHaveCount(1);
  });
});

test.describe('the header without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('the menu link still opens the list of links', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Meny' }).click();
    await expect(nav.getByRole('link', { name: 'Kommunikasjonsplan' })).toBeVisible();
  });
});

test.describe('the header on a 1280 px wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const colorScheme of schemes) {
    test(`shows every link in one row without a menu button (${colorScheme})`, async ({
      page,
    }, info) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
      await expect(nav.getByRole('button', { name: 'Meny' })).toBeHidden();
      const links = nav.getByRole('link');
      const tops = new Set<number>();
      for (const link of await links.all()) {
        if (await link.isVisible()) tops.add(Math.round((await link.boundingBox())?.y ?? 0));
      }
      expect(tops.size).toBe(1);
      await page.screenshot({ path: info.outputPath(`header-1280-${colorScheme}.png`) });
    });
  }
});
