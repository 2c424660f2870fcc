import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { fixtureSite } from './site';

/** Every video page in the built site, in Norwegian, and in English too where `english` is set. */
function videoPages(english: boolean): string[] {
  const pages: string[] = [];
  for (const base of english ? ['jobb/video', 'en/jobs/videos'] : ['jobb/video']) {
    for (const entry of readdirSync(join(fixtureSite.dir, base), { withFileTypes: true })) {
      if (entry.isDirectory()) pages.push(`/${base}/${entry.name}/`);
    }
  }
  return pages;
}

for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`video posters at ${width} px (${colorScheme})`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      test('the play control keeps the middle of the poster free and stays large enough', async ({
        page,
      }, info) => {
        // An English page draws the same poster and control as its Norwegian twin: one width
        // and scheme is enough for it here (the sweep opens every page).
        const pages = videoPages(width === 390 && colorScheme === 'light');
        expect(pages.length).toBeGreaterThan(0);
        let checked = 0;
        for (const path of pages) {
          await page.goto(path);
          // An example video has no player, only its poster and a note.
          if ((await page.locator('[data-click-to-load]').count()) === 0) continue;
          const stage = page.locator('[data-click-to-load] .video-player__stage').first();
          const control = stage.getByRole('button', { name: /^Spill av|^Play/ });
          await expect(control).toBeVisible();
          const poster = await stage.locator('img').boundingBox();
          const icon = await stage.locator('.video-player__icon').boundingBox();
          if (!poster || !icon) throw new Error(`${path}: no poster or play symbol`);
          expect(icon.width, path).toBeGreaterThanOrEqual(44);
          expect(icon.height, path).toBeGreaterThanOrEqual(44);
          const third = {
            left: poster.x + poster.width / 3,
            right: poster.x + (2 * poster.width) / 3,
            top: poster.y + poster.height / 3,
            bottom: poster.y + (2 * poster.height) / 3,
          };
          const overlaps =
            icon.x < third.right &&
            icon.x + icon.width > third.left &&
            icon.y < third.bottom &&
            icon.y + icon.height > third.top;
          expect(overlaps, `${path}: the play symbol covers the poster's central third`).toBe(
            false,
          );
          if (checked === 0)
            await stage.screenshot({ path: info.outputPath(`poster-${width}-${colorScheme}.png`) });
          checked += 1;
        }
        expect(checked, 'video pages with a player').toBeGreaterThan(0);
      });
    });
  }
}
