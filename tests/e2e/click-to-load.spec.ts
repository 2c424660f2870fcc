import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { listPagePaths } from './list-pages';
import { nb } from '../../src/core/i18n/nb';
import { consentStorageKey } from '../../src/core/embeds/consent';
import { fill } from '../../src/core/fill';
import { paths } from '../../src/core/urls';

/**
 * The video player and the post embeds share one click-to-load mechanism and one remembered
 * choice. The pages are found through the built site, so the tests hold for any content.
 */

const stub = '<!doctype html><title>stub</title><p>player</p>';

/** Answers the player's host with a stub and records what was asked for. */
async function stubYouTube(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route('**/www.youtube-nocookie.com/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: stub });
  });
  return requested;
}

/**
 * The first video page linked from the video gallery's pages that can play (an example video has no
 * player), or undefined without one.
 */
async function firstVideoPath(page: Page): Promise<string | undefined> {
  for (const path of await listPagePaths(page, paths.videos.nb)) {
    await page.goto(path);
    for (const link of await page.locator('.video-card a').all()) {
      const href = await link.getAttribute('href');
      if (!href) continue;
      const html = await (await page.request.get(href)).text();
      if (html.includes('data-click-to-load')) return href;
    }
  }
  return undefined;
}

test('without a remembered choice, one press loads and starts the player', async ({ page }) => {
  await stubYouTube(page);
  const video = await firstVideoPath(page);
  test.skip(video === undefined, 'the site has no videos');
  await page.goto(video!);
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.getByRole('button', { name: new RegExp(`^${nb['recruit.video.play']}: `) }).click();
  await expect(page.locator('iframe.video-player__frame')).toHaveAttribute('src', /autoplay=1/);
});

test('a remembered YouTube choice loads the player at once and says so', async ({ page }) => {
  const requested = await stubYouTube(page);
  const video = await firstVideoPath(page);
  test.skip(video === undefined, 'the site has no videos');
  await page.addInitScript((key) => localStorage.setItem(key, '["youtube"]'), consentStorageKey);
  await page.goto(video!);
  await expect(page.locator('iframe.video-player__frame')).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: new RegExp(nb['recruit.video.play']) }),
  ).toHaveCount(0);
  await expect(page.getByText(nb['recruit.video.remembered'])).toBeVisible();
  await expect(page.getByText(nb['recruit.video.privacy'])).toBeHidden();
  expect(requested.some((url) => url.includes('autoplay'))).toBe(false);
});

test('remembering YouTube on a post also loads the player', async ({ page }) => {
  await stubYouTube(page);
  const video = await firstVideoPath(page);
  const remember = page.getByLabel(fill(nb['social.consent.remember'], { platform: 'YouTube' }));
  // The first page of the post listing that holds a YouTube post.
  for (const path of await listPagePaths(page, paths.channels)) {
    await page.goto(path);
    if ((await remember.count()) > 0) break;
  }
  test.skip(video === undefined || (await remember.count()) === 0, 'no video or no YouTube post');
  await remember.first().check();
  await page
    .getByRole('button', { name: fill(nb['social.consent.show'], { platform: 'YouTube' }) })
    .first()
    .click();
  await page.goto(video!);
  await expect(page.locator('iframe.video-player__frame')).toHaveCount(1);
});
