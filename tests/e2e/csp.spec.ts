import { test as base, expect } from './fixtures';
import { sitemapPaths } from './site';
import { securityHeaders } from '../../src/lib/security-headers';

/**
 * Under the served Content-Security-Policy, every violation the browser reports (the
 * `securitypolicyviolation` event or a console error) is recorded and fails the test.
 */
const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            console.error(
              `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
            ),
          true,
        );
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

const expectedHeaders = securityHeaders();

test.describe('security headers', () => {
  for (const path of ['/', '/404.html', '/this-page-does-not-exist/', '/favicon.svg']) {
    test(`sent with ${path}`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      for (const [name, value] of expectedHeaders) {
        expect(headers[name.toLowerCase()], name).toBe(value);
      }
    });
  }

  test('sent with fingerprinted assets, which are cached for a year', async ({ page, request }) => {
    await page.goto('/');
    const stylesheet = await page
      .locator('link[rel="stylesheet"][href^="/_astro/"]')
      .first()
      .getAttribute('href');
    const headers = (await request.get(stylesheet ?? '')).headers();
    for (const [name, value] of expectedHeaders) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('the policy allows no inline or evaluated script', () => {
    const policy = new Map(expectedHeaders).get('Content-Security-Policy') ?? '';
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSources).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
  });
});

test.describe('no violation on any page', () => {
  for (const path of sitemapPaths()) {
    test(`page ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy']).toBe(
        new Map(expectedHeaders).get('Content-Security-Policy'),
      );
      // Let late scripts, styles and images settle so their violations are reported here.
      await page.waitForLoadState('networkidle');
    });
  }
});
