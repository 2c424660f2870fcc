import type { Page } from '@playwright/test';
import { embedHosts, type EmbeddablePlatform } from '../../src/lib/embeds';
import { platforms } from '../../src/lib/platforms';
import { securityHeaders } from '../../src/lib/security-headers';
import { test as base, expect } from './fixtures';
import { channelIdsByPlatform, sitemapPaths } from './site';

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

/** A local stand-in for a third-party frame, so no test leaves the machine. */
async function stubFrameHost(page: Page, origin: string, text: string): Promise<void> {
  await page.route(
    (url) => url.origin === origin,
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="nb"><title>Stub</title><p>${text}</p></html>`,
      }),
  );
}

const channelOf = channelIdsByPlatform();

test.describe('the site works under the policy', () => {
  test('search returns results', async ({ page }) => {
    await page.goto('/sok/?q=sykepleiere');
    const results = page.getByRole('region', { name: 'Søkeresultater' });
    await expect(results.getByRole('link').first()).toBeVisible();
  });

  test('the video button loads the player', async ({ page }) => {
    const videoPage = sitemapPaths().find((path) => /^\/jobb\/video\/[^/]+\/$/.test(path));
    expect(videoPage, 'a video page in the sitemap').toBeDefined();
    await stubFrameHost(page, 'https://www.youtube-nocookie.com', 'Spilleren');
    await page.goto(videoPage ?? '/');
    await page.getByRole('button', { name: /^Spill av video: / }).click();
    const player = page.frameLocator('iframe[src^="https://www.youtube-nocookie.com/"]');
    await expect(player.getByText('Spilleren')).toBeVisible();
  });

  for (const [platform, host] of Object.entries(embedHosts) as [EmbeddablePlatform, string][]) {
    test(`a consent button loads the ${platforms[platform].name} embed`, async ({ page }) => {
      await stubFrameHost(page, `https://${host}`, 'Innlegget');
      await page.goto(`/kanaler/${channelOf.get(platform)}/`);
      await page
        .getByRole('button', { name: `Vis innlegget fra ${platforms[platform].name}` })
        .first()
        .click();
      const embed = page.frameLocator(`iframe[src^="https://${host}/"]`).first();
      await expect(embed.getByText('Innlegget')).toBeVisible();
    });
  }
});
