import AxeBuilder from '@axe-core/playwright';
import { securityHeaders } from '../../../src/deploy/security-headers';
import { expect, test } from '../csp-guard';
import { forEachSite, sitemapPaths } from '../site';

const policy = new Map(securityHeaders()).get('Content-Security-Policy');

/**
 * The sweep (npm run test:full): every built page of every test site (those in the sitemap and
 * those left out as noindex): no request to another host, no Content-Security-Policy violation,
 * no WCAG 2.1 A/AA violation found by axe, exactly one h1 and one main landmark. No axe rule is
 * turned off. The fast suite runs the same checks on one page of each type (page-types.spec.ts).
 */
forEachSite((site) => {
  for (const path of sitemapPaths(site)) {
    test(`page ${path}`, { tag: '@sweep' }, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), 'HTTP status').toBeLessThan(path === '/404.html' ? 500 : 400);
      expect(response?.headers()['content-security-policy']).toBe(policy);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations, 'axe violations').toEqual([]);
      // Let late scripts, styles and images settle so their violations are reported here.
      await page.waitForLoadState('networkidle');
    });
  }
});
