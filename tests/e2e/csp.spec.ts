import type { Page } from '@playwright/test';
import { securityHeaders } from '../../src/deploy/security-headers';
import { expect, test } from './csp-guard';
import { fixtureEntries } from './site';

// Every page is loaded under the policy, and fails on a violation, in content/pages.spec.ts.

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

test.describe('the site works under the policy', () => {
  test('search returns results', async ({ page }) => {
    await page.goto(
      `/sok/?q=${encodeURIComponent(String(fixtureEntries('professions')[0]?.['name']))}`,
    );
    const results = page.getByRole('region', { name: 'Søkeresultater' });
    await expect(results.getByRole('link').first()).toBeVisible();
  });

  test('the video button loads the player', async ({ page }) => {
    const videoPage = `/jobb/video/${fixtureEntries('videos')[0]?.id}/`;
    await stubFrameHost(page, 'https://www.youtube-nocookie.com', 'Spilleren');
    await page.goto(videoPage);
    await page.getByRole('button', { name: /^Spill av video: / }).click();
    const player = page.frameLocator('iframe[src^="https://www.youtube-nocookie.com/"]');
    await expect(player.getByText('Spilleren')).toBeVisible();
  });

  // Each platform's consent button loading its embed under the policy: social.spec.ts, which
  // presses each one under the same guard.
});
