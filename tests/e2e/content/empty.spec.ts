import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../../../src/core/i18n';
import { paths } from '../../../src/core/urls';
import { expect, test } from '../fixtures';
import { distDir } from '../site';

/**
 * A collection with nothing in it is normal: wherever its entries would be listed, the page says
 * that there are none yet. Which collections are empty is read from the built feeds, so the
 * same checks pass on a site with every entry and on one with none.
 */
const nb = useTranslations('nb');
const en = useTranslations('en');

/** Whether the built feed has no item. */
function feedIsEmpty(feed: string): boolean {
  return !readFileSync(join(distDir, feed), 'utf8').includes('<item>');
}

const cases: { feed: string; pages: [string, string][] }[] = [
  {
    feed: paths.feed.jobs,
    pages: [
      [paths.home.nb, nb('home.jobs.none')],
      [paths.home.en, en('home.jobs.none')],
      [paths.jobs.nb, nb('recruit.jobs.none')],
      [paths.jobs.en, en('recruit.jobs.none')],
      [paths.jobsHome.nb, nb('recruit.jobs.none')],
    ],
  },
  {
    feed: paths.feed.posts,
    pages: [
      [paths.home.nb, nb('home.posts.none')],
      [paths.channels, nb('social.feed.empty')],
    ],
  },
  {
    feed: paths.feed.news,
    pages: [
      [paths.home.nb, nb('home.news.none')],
      [paths.news, nb('news.none')],
    ],
  },
  {
    feed: paths.feed.videos,
    pages: [
      [paths.home.nb, nb('home.videos.none')],
      [paths.home.en, en('home.videos.none')],
      [paths.videos.nb, nb('recruit.videos.none')],
      [paths.videos.en, en('recruit.videos.none')],
    ],
  },
];

for (const { feed, pages } of cases) {
  test(`where ${feed} is empty, the pages listing its entries say so`, async ({ page }) => {
    test.skip(!feedIsEmpty(feed), `${feed} has items`);
    for (const [path, text] of pages) {
      await page.goto(path);
      await expect(page.getByRole('main').getByText(text, { exact: true }), path).toBeVisible();
    }
  });
}
