import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitemapPaths } from './site';

/**
 * Every built page (those in the sitemap and those left out as noindex): no request to another host, no WCAG 2.1 A/AA violation found by
 * axe, exactly one h1 and one main landmark. No axe rule is turned off.
 */
for (const path of sitemapPaths()) {
  test(`page ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(violations, 'axe violations').toEqual([]);
  });
}
