import type { Page } from '@playwright/test';
import { embedHosts, type EmbeddablePlatform } from '../../src/core/embeds/embeds';
import { consentStorageKey } from '../../src/core/embeds/consent';
import { platforms } from '../../src/core/embeds/platforms';
import { expect, test } from './csp-guard';
import { channelIdsByPlatform, fixtureSite, sitemapPaths } from './site';

// Consent and embeds in the browser. What the post listing shows of long and short posts, each
// post's page and the posts in the search index are checked over the built HTML in
// tests/static/social.test.ts.

const channelOf = channelIdsByPlatform();
const embeddable = Object.keys(embedHosts) as EmbeddablePlatform[];

/** Answers every request to `host` with a local stub page and records its address. */
async function stubEmbedHost(page: Page, host: string): Promise<string[]> {
  const requested: string[] = [];
  await page.route(
    (url) => url.host === host,
    (route) => {
      requested.push(route.request().url());
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="nb"><title>Stub</title><p>Innlegget</p></html>',
      });
    },
  );
  return requested;
}

/** Scrolls through the whole page, so anything loaded lazily would be requested now. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

const feedAndChannelPages = sitemapPaths(fixtureSite).filter(
  (path) => path.startsWith('/kanaler/') && !path.startsWith('/kanaler/innlegg/'),
);

test('the feed and every channel page are in the sitemap', () => {
  expect(feedAndChannelPages).toContain('/kanaler/side/2/');
  for (const id of channelOf.values()) expect(feedAndChannelPages).toContain(`/kanaler/${id}/`);
});

// The feed's later pages draw their cards as its second does: from the third on, in test:full.
const laterFeedPage = /^\/kanaler\/side\/([3-9]|\d\d+)\/$/;

// The channel page of each platform with an embed is checked the same way, before its button is
// pressed, in the test of that button below.
const pressedChannelPages = new Set(
  embeddable.map((platform) => `/kanaler/${channelOf.get(platform)}/`),
);

for (const path of [...feedAndChannelPages, '/'].filter((path) => !pressedChannelPages.has(path))) {
  const tag = laterFeedPage.test(path) ? ['@full'] : [];
  test(
    `no request to another host and no frame before consent on ${path}`,
    { tag },
    async ({ page, context }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await scrollThrough(page);
      await expect(page.locator('iframe')).toHaveCount(0);
      const buttons = page.getByRole('button', { name: /^Vis innlegget fra / });
      // CPoint and Mastodon posts are link cards: there is nothing to load.
      const linkOnly = (['cpoint', 'mastodon'] as const).map(
        (p) => `/kanaler/${channelOf.get(p)}/`,
      );
      if (linkOnly.includes(path)) {
        await expect(buttons).toHaveCount(0);
        expect(
          await page.getByRole('link', { name: /^(Les|Se) innlegget på / }).count(),
        ).toBeGreaterThan(0);
      } else {
        expect(await buttons.count()).toBeGreaterThan(0);
        await expect(buttons.first()).toBeVisible();
      }
      expect(await context.cookies()).toEqual([]);
      // The guard in ./fixtures fails the test if any request left the site.
    },
  );
}

for (const platform of embeddable) {
  const name = platforms[platform].name;
  const host = embedHosts[platform];

  test(`pressing "Vis innlegget fra ${name}" loads that one post from ${host} only, under the policy`, async ({
    page,
    context,
  }) => {
    const requested = await stubEmbedHost(page, host);
    await page.goto(`/kanaler/${channelOf.get(platform)}/`);
    // Before consent: no frame, no request to another host, no cookie, even scrolled through.
    await page.waitForLoadState('networkidle');
    await scrollThrough(page);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await context.cookies()).toEqual([]);
    const buttons = page.getByRole('button', { name: `Vis innlegget fra ${name}` });
    const before = await buttons.count();
    expect(before).toBeGreaterThan(0);
    await expect(buttons.first()).toBeVisible();
    expect(requested).toEqual([]);

    await buttons.first().click();
    const frame = page.getByTitle(`Innlegget fra ${name}`);
    await expect(frame).toHaveCount(1);
    await expect(frame).toBeFocused();
    // The platform's frame (a local stand-in) loads under the Content-Security-Policy.
    await expect(frame.contentFrame().getByText('Innlegget')).toBeVisible();
    await expect.poll(() => requested.length).toBeGreaterThan(0);
    expect(requested.map((url) => new URL(url).host)).toEqual(requested.map(() => host));
    expect(await frame.getAttribute('src')).toBe(requested[0]);
    await expect(buttons).toHaveCount(before - 1);
    expect(await page.evaluate((key) => localStorage.getItem(key), consentStorageKey)).toBeNull();
  });
}

test('a remembered choice applies on the next page load and is withdrawn from the privacy page', async ({
  page,
  context,
}) => {
  const requested = await stubEmbedHost(page, embedHosts.youtube);
  const youtubePage = `/kanaler/${channelOf.get('youtube')}/`;
  await page.goto(youtubePage);
  const youtubeButtons = page.getByRole('button', { name: 'Vis innlegget fra YouTube' });
  const posts = await youtubeButtons.count();
  await page.getByRole('checkbox', { name: 'Husk valget for YouTube' }).first().check();
  await youtubeButtons.first().click();
  await expect(page.getByTitle('Innlegget fra YouTube')).toHaveCount(1);

  // Next page load: every YouTube post loads at once, with no button to press.
  await page.reload();
  await expect(youtubeButtons).toHaveCount(0);
  await expect(page.getByTitle('Innlegget fra YouTube')).toHaveCount(posts);
  await expect(
    page.getByText('Du har bedt oss alltid vise innlegg fra YouTube.').first(),
  ).toBeVisible();
  await scrollThrough(page);
  await expect.poll(() => requested.length).toBeGreaterThanOrEqual(posts + 1);

  // Other platforms still ask first.
  await page.goto(`/kanaler/${channelOf.get('facebook')}/`);
  await expect(
    page.getByRole('button', { name: 'Vis innlegget fra Facebook' }).first(),
  ).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);

  // The privacy page lists the choice and forgets it.
  await page.goto('/personvern/');
  const stored = page.locator('#lagrede-valg');
  await expect(stored.getByRole('listitem').filter({ visible: true })).toHaveText(['YouTube']);
  await stored.getByRole('button', { name: 'Glem alle valgene' }).click();
  await expect(stored.getByRole('status')).toHaveText(/Valgene er slettet/);
  await expect(stored.getByText('Det er ikke lagret noen valg i denne nettleseren.')).toBeVisible();
  await expect(stored.getByRole('button', { name: 'Glem alle valgene' })).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), consentStorageKey)).toBeNull();

  // Back on the channel page the button is there again, and nothing is loaded.
  const before = requested.length;
  await page.goto(youtubePage);
  await expect(youtubeButtons).toHaveCount(posts);
  await expect(page.locator('iframe')).toHaveCount(0);
  await scrollThrough(page);
  expect(requested.length).toBe(before);
  expect(await context.cookies()).toEqual([]);
});

test('the privacy page says nothing is stored when nothing is', async ({ page }) => {
  await page.goto('/personvern/');
  const stored = page.locator('#lagrede-valg');
  await expect(stored.getByText('Det er ikke lagret noen valg i denne nettleseren.')).toBeVisible();
  await expect(stored.getByRole('button', { name: 'Glem alle valgene' })).toBeHidden();
});

test('the feed is newest first and links its pages', async ({ page }) => {
  await page.goto('/kanaler/side/2/');
  const pages = page.getByRole('navigation', { name: 'Sider med innlegg' });
  await expect(pages.getByRole('link', { name: 'Side 2' })).toHaveAttribute('aria-current', 'page');
  await expect(pages.getByRole('link', { name: 'Forrige side' })).toHaveAttribute(
    'href',
    '/kanaler/',
  );
  const dates = await page
    .locator('article time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).toEqual([...dates].sort().reverse());
});
