import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { listPagePaths } from './list-pages';
import { buildDay, day, fixtureSite, fixture, fixtureEntries, sitemapPaths } from './site';
import { defaultPageSizes, pageCount } from '../../src/core/pagination';
import { listPage, paths } from '../../src/core/urls';

const sizes = { ...defaultPageSizes, ...fixture.pageSizes };
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Drafts build nothing, so they are in no list.
const posts = fixtureEntries<{ channel: string; draft?: boolean }>('posts').filter((p) => !p.draft);
const openJobs = fixtureEntries<{ deadline: Date | string; profession: string }>('jobs').filter(
  (job) => day(job.deadline) >= buildDay,
);

/** The value that occurs most often, with its count: the channel or profession with most entries. */
function most(values: string[]): [string, number] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
}
const [channel, channelPosts] = most(posts.map((post) => post.channel));
const [profession, professionJobs] = most(openJobs.map((job) => job.profession));
const [videoProfession, professionVideos] = most(
  fixtureEntries<{ profession: string }>('videos').map((video) => video.profession),
);

interface List {
  first: string;
  locale: 'nb' | 'en';
  label: string;
  pages: number;
  /** The name of page 1 in the titles of later pages. */
  title: RegExp;
  /** Where the link to page 1 leads, when not to `first` itself. */
  firstHref?: string;
}

const nb = { previous: 'Forrige side', next: 'Neste side', page: 'Side', of: 'av' };
const en = { previous: 'Previous page', next: 'Next page', page: 'Page', of: 'of' };
const jobsPages = pageCount(openJobs.length, sizes.jobs);
const videosPages = pageCount(fixtureEntries('videos').length, sizes.videos);

const lists: List[] = [
  {
    first: paths.channels,
    locale: 'nb',
    label: 'Sider med innlegg',
    pages: pageCount(posts.length, sizes.posts),
    title: /^Innlegg fra kanalene/,
  },
  {
    first: paths.channel(channel),
    locale: 'nb',
    label: 'Sider med innlegg',
    pages: pageCount(channelPosts, sizes.posts),
    title: /\S/,
  },
  {
    first: paths.news,
    locale: 'nb',
    label: 'Sider med nyheter',
    pages: pageCount(fixtureEntries('news').length, sizes.news),
    title: /^Nyheter/,
  },
  {
    first: paths.videos.nb,
    locale: 'nb',
    label: 'Sider med videoer',
    pages: videosPages,
    title: /^Rekrutteringsvideoer/,
  },
  {
    first: paths.videos.en,
    locale: 'en',
    label: 'Pages of videos',
    pages: videosPages,
    title: /^Recruitment videos/,
  },
  {
    first: paths.jobs.nb,
    locale: 'nb',
    label: 'Sider med stillinger',
    pages: jobsPages,
    title: /^Ledige stillinger/,
  },
  {
    first: paths.jobsNewest.nb,
    locale: 'nb',
    label: 'Sider med stillinger',
    pages: jobsPages,
    title: /^Ledige stillinger, nyeste først/,
  },
  {
    first: paths.jobs.en,
    locale: 'en',
    label: 'Pages of positions',
    pages: jobsPages,
    title: /^Open positions/,
  },
  {
    first: paths.jobsNewest.en,
    locale: 'en',
    label: 'Pages of positions',
    pages: jobsPages,
    title: /^Open positions, newest first/,
  },
  ...(['nb', 'en'] as const).map((locale) => ({
    first: paths.profession(profession, locale),
    locale,
    label: locale === 'nb' ? 'Sider med stillinger' : 'Pages of positions',
    pages: pageCount(professionJobs, sizes.jobs),
    title: /\S/,
    firstHref: `${paths.profession(profession, locale)}#jobs`,
  })),
  ...(['nb', 'en'] as const).map((locale) => ({
    first: paths.professionVideos(videoProfession, locale),
    locale,
    label: locale === 'nb' ? 'Sider med videoer' : 'Pages of videos',
    pages: pageCount(professionVideos, sizes.videos),
    title: /\S/,
  })),
];

test('the fixture has at least two pages of every paginated list', () => {
  for (const list of lists) expect(list.pages, list.first).toBeGreaterThanOrEqual(2);
});

for (const list of lists) {
  const words = list.locale === 'nb' ? nb : en;
  const second = listPage(list.first, 2, list.locale);

  test(`${list.first} links to page 2 and back, marking the current page`, async ({ page }) => {
    await page.goto(list.first);
    let nav = page.getByRole('navigation', { name: list.label });
    await expect(nav.getByRole('link', { name: `${words.page} 1`, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav.getByRole('link', { name: words.previous })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: `${words.page} 2`, exact: true })).toHaveAttribute(
      'href',
      second,
    );
    await nav.getByRole('link', { name: words.next }).click();
    await expect(page).toHaveURL((url) => url.pathname === second);

    nav = page.getByRole('navigation', { name: list.label });
    await expect(nav.getByRole('link', { name: `${words.page} 2`, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(
      nav.getByRole('link', { name: `${words.page} 1`, exact: true }),
    ).not.toHaveAttribute('aria-current');
    await expect(nav.getByRole('link', { name: words.previous })).toHaveAttribute('rel', 'prev');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`${words.page.toLowerCase()} 2 ${words.of} ${list.pages}$`),
    );
    await expect(page).toHaveTitle(list.title);
    const canonical = page.locator('link[rel="canonical"]');
    if ((await canonical.count()) > 0) {
      await expect(canonical).toHaveAttribute('href', new RegExp(`${second}$`));
    }
    await nav.getByRole('link', { name: words.previous }).click();
    await expect(page).toHaveURL(
      (url) => `${url.pathname}${url.hash}` === (list.firstHref ?? list.first),
    );
  });

  test(`${list.first} has ${list.pages} pages, each reached by "next"`, async ({ page }) => {
    const found = await listPagePaths(page, list.first);
    expect(found).toEqual(
      Array.from({ length: list.pages }, (_, i) => listPage(list.first, i + 1, list.locale)),
    );
    // The last page has no "next" and marks itself.
    const nav = page.getByRole('navigation', { name: list.label });
    await expect(nav.getByRole('link', { name: words.next })).toHaveCount(0);
    await expect(nav.locator('a[aria-current="page"]')).toHaveText(String(list.pages));
  });

  // Every page of every site has axe with layout in the sweep; the fast suite's page types hold
  // one later page of a list.
  test(`${second} passes axe`, { tag: '@full' }, async ({ page }) => {
    await page.goto(second);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('later pages are in the sitemap, stay out of the search and point to their twin', () => {
  const listed = sitemapPaths(fixtureSite);
  for (const list of lists) {
    const second = listPage(list.first, 2, list.locale);
    expect(listed, second).toContain(second);
    const html = readFileSync(join(fixtureSite.dir, second, 'index.html'), 'utf8');
    expect(html, second).not.toContain('data-pagefind-body');
  }
  const video = readFileSync(
    join(fixtureSite.dir, listPage(paths.videos.en, 2, 'en'), 'index.html'),
    'utf8',
  );
  expect(video).toContain(`hreflang="nb" href="${fixture.siteUrl}${listPage(paths.videos.nb, 2)}"`);
  const job = readFileSync(
    join(fixtureSite.dir, listPage(paths.jobsNewest.nb, 2), 'index.html'),
    'utf8',
  );
  expect(job).toContain(
    `hreflang="en" href="${fixture.siteUrl}${listPage(paths.jobsNewest.en, 2, 'en')}"`,
  );
});

test('a long list shows its first, last and nearby pages, with "…" for the rest', async ({
  page,
}) => {
  const pages = pageCount(posts.length, sizes.posts);
  expect(pages).toBeGreaterThanOrEqual(9);
  const numbers = async () =>
    page
      .getByRole('navigation', { name: 'Sider med innlegg' })
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => {
          const link = item.querySelector('a');
          if (!link) return item.textContent?.trim() || '';
          return /^\d+$/.test(link.textContent?.trim() ?? '') ? Number(link.textContent) : '';
        }),
      );
  await page.goto(paths.channels);
  expect(await numbers()).toEqual(['', 1, 2, 3, '…', pages, '']);
  await page.goto(paths.channelsPage(5));
  expect(await numbers()).toEqual(['', 1, 2, 3, 4, 5, 6, 7, '…', pages, '']);
  // The gap is text, not a link.
  await expect(
    page.getByRole('navigation', { name: 'Sider med innlegg' }).getByRole('link', { name: '…' }),
  ).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a later page of a list looks right at 390 and 1280 px, ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(paths.channelsPage(5));
      const nav = page.getByRole('navigation', { name: 'Sider med innlegg' });
      await nav.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: test.info().outputPath(`posts-page-5-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      await page.goto(listPage(paths.jobs.nb, 2));
      await page.screenshot({
        path: test.info().outputPath(`jobs-page-2-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      // Nothing sticks out of the page sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      expect(overflow, `${width} px`).toBe(false);
    }
  });
}
