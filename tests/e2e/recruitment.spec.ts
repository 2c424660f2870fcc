import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { listPagePaths } from './list-pages';
import { paths } from '../../src/core/urls';
import { buildDay, day, fixture as site, fixtureEntries } from './site';

interface Video {
  title: string;
  profession: string;
  titleEn?: string;
  youtubeId: string;
  captions: string[];
  example?: boolean;
}
interface Job {
  title: string;
  profession: string;
  deadline: Date | string;
  example?: boolean;
}

const videos = fixtureEntries<Video>('videos');
const jobs = fixtureEntries<Job>('jobs');
const closedJobs = jobs.filter((job) => day(job.deadline) < buildDay);
// A withdrawn ad is closed, and a draft is not published at all (docs/sync.md).
const openJobs = jobs.filter(
  (job) =>
    day(job.deadline) >= buildDay &&
    !(job as { withdrawn?: unknown }).withdrawn &&
    !(job as { draft?: unknown }).draft,
);
const youtubeHosts = /youtube|ytimg|googlevideo|google|gstatic|doubleclick/;
const stubPage = '<!doctype html><title>Stub</title><p>Video</p>';

test('the fixture site has closed and open jobs to test with', () => {
  expect(closedJobs.length).toBeGreaterThan(0);
  expect(openJobs.length).toBeGreaterThan(0);
});

// An example video has no real original, so its page shows no player at all.
const playable = videos.filter((v) => !v.example);
const videoPages = (list: typeof videos) =>
  list.flatMap((v) => [paths.video(v.id, 'nb'), paths.video(v.id, 'en')]);
const playerPages = new Set(videoPages(playable));

for (const path of [paths.jobsHome.nb, paths.jobsHome.en, ...videoPages(videos)]) {
  test(`${path} requests nothing from YouTube or Google before play is pressed`, async ({
    page,
    externalRequests,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (playerPages.has(path)) {
      await expect(
        page.getByRole('button', { name: /^(Spill av video|Play video): / }),
      ).toBeVisible();
    } else if (!(Object.values(paths.jobsHome) as string[]).includes(path)) {
      await expect(page.locator('[data-example-video]')).toBeVisible();
    }
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(requested.filter((url) => youtubeHosts.test(new URL(url).hostname))).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
}

test.describe('after the play button is pressed', () => {
  // A video with an English title, so the English page's frame title differs.
  const video = playable.find((v) => v.titleEn) ?? playable[0]!;
  const embed = `https://www.youtube-nocookie.com/embed/${video.youtubeId}?autoplay=1`;

  test.beforeEach(async ({ page }) => {
    await page.route('**/www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: stubPage }),
    );
  });

  test('by mouse, a focused youtube-nocookie.com frame replaces the button', async ({ page }) => {
    await page.goto(paths.video(video.id, 'nb'));
    const frameRequest = page.waitForRequest((r) => r.url() === embed);
    await page.getByRole('button', { name: `Spill av video: ${video.title}`, exact: true }).click();
    await frameRequest;
    const frame = page.locator('iframe');
    await expect(frame).toHaveAttribute('src', embed);
    await expect(frame).toHaveAttribute('title', `YouTube-video: ${video.title}`);
    await expect(frame).toBeFocused();
    await expect(page.getByRole('button', { name: /Spill av video/ })).toHaveCount(0);
  });

  test('by keyboard (Enter), the frame gets focus', async ({ page }) => {
    await page.goto(paths.video(video.id, 'nb'));
    const button = page.getByRole('button', {
      name: `Spill av video: ${video.title}`,
      exact: true,
    });
    await button.focus();
    await page.keyboard.press('Enter');
    const frame = page.locator(`iframe[src="${embed}"]`);
    await expect(frame).toBeFocused();
  });

  test('by keyboard (Space) on the English page, the frame has an English title', async ({
    page,
  }) => {
    const title = video.titleEn ?? video.title;
    await page.goto(paths.video(video.id, 'en'));
    const button = page.getByRole('button', { name: `Play video: ${title}`, exact: true });
    await button.focus();
    await page.keyboard.press('Space');
    const frame = page.locator(`iframe[src="${embed}"]`);
    await expect(frame).toHaveAttribute('title', `YouTube video: ${title}`);
    await expect(frame).toBeFocused();
  });

  test('on the careers page, only the pressed video is loaded', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('youtube')) loaded.push(r.url());
    });
    await page.goto(paths.jobsHome.nb);
    // The frame can be in the page and focused before its request reaches this process.
    const request = page.waitForRequest((r) => r.url().includes('youtube'));
    await page.getByRole('button', { name: /^Spill av video: / }).click();
    await request;
    await expect(page.locator('iframe')).toBeFocused();
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/,
    );
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const video of playable) {
    test(`the ${video.id} video is a link to YouTube`, async ({ page }) => {
      await page.goto(paths.video(video.id, 'nb'));
      // The player, not the header's search form, is what must render no button without JS.
      await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
      const link = page.getByRole('link', {
        name: `Se videoen på YouTube: ${video.title}`,
        exact: true,
      });
      await expect(link).toHaveAttribute(
        'href',
        `https://www.youtube.com/watch?v=${video.youtubeId}`,
      );
    });
  }

  test('following the link leads to the video on youtube.com', async ({ page }) => {
    const video = videos[0]!;
    await page.route('https://www.youtube.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: stubPage }),
    );
    await page.goto(paths.video(video.id, 'nb'));
    await page
      .getByRole('link', { name: `Se videoen på YouTube: ${video.title}`, exact: true })
      .click();
    await expect(page).toHaveURL(`https://www.youtube.com/watch?v=${video.youtubeId}`);
  });
});

test.describe('video pages', () => {
  for (const video of videos) {
    test(`${video.id} states its captions, audio description and transcript`, async ({ page }) => {
      await page.goto(paths.video(video.id, 'nb'));
      const access = page.getByRole('region', { name: 'Teksting og synstolking' });
      await expect(access.getByRole('definition').nth(1)).toContainText('norsk');
      await expect(
        access.getByText(/synstolking på YouTube|Ingen synstolket versjon/),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Dette blir sagt i videoen' })).toBeVisible();
      if (video.example) {
        // An example video must never reach search engines' video results.
        await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
        return;
      }
      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({
        '@type': 'VideoObject',
        embedUrl: `https://www.youtube-nocookie.com/embed/${video.youtubeId}`,
      });
    });
  }
});

test.describe("a video page's open jobs", () => {
  const shown = site.pageSizes?.relatedJobs ?? 6;
  const openIn = (profession: string) =>
    openJobs
      .filter((job) => job.profession === profession)
      .sort((a, b) => day(a.deadline).localeCompare(day(b.deadline)));

  test('the fixture has a profession with more open jobs than a video page lists', () => {
    expect(videos.some((video) => openIn(video.profession).length > shown)).toBe(true);
  });

  for (const video of videos) {
    test(`${video.id} lists the first open jobs of its profession and links to the rest`, async ({
      page,
    }) => {
      const expected = openIn(video.profession);
      await page.goto(paths.video(video.id, 'nb'));
      const section = page.getByRole('region', { name: 'Ledige stillinger i dette yrket' });
      const jobLinks = section.locator('a[href^="/jobb/stillinger/"]');
      await expect(jobLinks).toHaveCount(Math.min(expected.length, shown));
      expect(
        await jobLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toEqual(expected.slice(0, shown).map((job) => paths.job(job.id, 'nb')));
      const all = section.getByRole('link', { name: /^Se alle \d+ ledige stillinger/ });
      if (expected.length > shown) {
        await expect(all).toHaveText(`Se alle ${expected.length} ledige stillinger i dette yrket`);
        await expect(all).toHaveAttribute('href', paths.profession(video.profession, 'nb'));
      } else {
        await expect(all).toHaveCount(0);
      }
    });
  }
});

test.describe("a profession's videos", () => {
  const shown = site.pageSizes?.videos ?? 24;
  const professions = fixtureEntries<{ name: string; nameEn: string }>('professions');
  const about = (profession: string) => videos.filter((video) => video.profession === profession);
  /** The videos linked from the cards of the page `page` is on, in order. */
  const cardLinks = (page: Page, prefix: string) =>
    page
      .locator(`main .card-grid a[href^="${prefix}"]`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  test('the fixture has a profession with more videos than a list page holds', () => {
    expect(professions.some((profession) => about(profession.id).length > shown)).toBe(true);
  });

  for (const profession of professions) {
    for (const locale of ['nb', 'en'] as const) {
      test(`${paths.profession(profession.id, locale)} shows at most a list page of videos and links to them all`, async ({
        page,
      }) => {
        const own = about(profession.id);
        const videoPrefix = paths.videos[locale];
        await page.goto(paths.profession(profession.id, locale));
        const onPage = await cardLinks(page, videoPrefix);
        expect(onPage).toHaveLength(Math.min(own.length, shown));
        const all = page.getByRole('link', {
          name: locale === 'nb' ? /^Se alle \d+ videoene/ : /^See all \d+ videos/,
        });
        if (own.length <= shown) {
          await expect(all).toHaveCount(0);
          return;
        }
        await expect(all).toHaveText(
          locale === 'nb'
            ? `Se alle ${own.length} videoene om dette yrket`
            : `See all ${own.length} videos about this profession`,
        );
        const first = paths.professionVideos(profession.id, locale);
        await expect(all).toHaveAttribute('href', first);
        // The list's pages hold every video about the profession once, the page's first.
        const listed: (string | null)[] = [];
        for (const path of await listPagePaths(page, first)) {
          await page.goto(path);
          listed.push(...(await cardLinks(page, videoPrefix)));
        }
        expect(listed.slice(0, shown)).toEqual(onPage);
        expect([...listed].sort()).toEqual(
          own.map((video) => paths.video(video.id, locale)).sort(),
        );
        // Its breadcrumbs lead back to the profession's page.
        await expect(
          page.getByRole('navigation', { name: locale === 'nb' ? 'Du er her' : 'You are here' }),
        ).toContainText(locale === 'nb' ? profession.name : profession.nameEn);
      });
    }
  }
});

test.describe('closed and open jobs', () => {
  const listings = [
    paths.jobs.nb,
    paths.jobs.en,
    paths.jobsHome.nb,
    paths.jobsHome.en,
    '/',
    '/en/',
  ];

  for (const path of listings) {
    test(`${path} lists no closed job`, async ({ page }) => {
      await page.goto(path);
      for (const job of closedJobs) {
        await expect(page.locator(`a[href="${paths.job(job.id, 'nb')}"]`)).toHaveCount(0);
        await expect(page.locator(`a[href="${paths.job(job.id, 'en')}"]`)).toHaveCount(0);
      }
    });
  }

  test('the list of positions shows every open job, soonest deadline first', async ({ page }) => {
    const expected = [...openJobs]
      .sort((a, b) => day(a.deadline).localeCompare(day(b.deadline)))
      .map((job) => job.title);
    const shown: string[] = [];
    for (const path of await listPagePaths(page, paths.jobs.nb)) {
      await page.goto(path);
      const headings = page.locator('main .card-grid').getByRole('heading', { level: 2 });
      shown.push(...(await headings.allTextContents()).map((text) => text.trim()));
    }
    expect(shown).toEqual(expected);
  });

  for (const job of closedJobs) {
    test(`closed job ${job.id} says so, points to open jobs and has no JSON-LD`, async ({
      page,
    }) => {
      await page.goto(paths.job(job.id, 'nb'));
      await expect(
        page.getByRole('heading', { name: 'Stillingen er ikke lenger ledig' }),
      ).toBeVisible();
      await page.getByRole('link', { name: 'Se stillingene som er ledige nå' }).click();
      await expect(page).toHaveURL(paths.jobs.nb);

      await page.goto(paths.job(job.id, 'en'));
      await expect(page.getByRole('heading', { name: 'This position is closed' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Apply for the position' })).toHaveCount(0);
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    });
  }

  for (const job of openJobs.filter((j) => j.example)) {
    test(`open example job ${job.id} has nothing to apply to and no JSON-LD`, async ({ page }) => {
      await page.goto(paths.job(job.id, 'nb'));
      await expect(page.getByRole('link', { name: 'Søk på stillingen' })).toHaveCount(0);
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    });
  }

  for (const job of openJobs.filter((j) => !j.example)) {
    test(`open job ${job.id} has an application link and JobPosting JSON-LD`, async ({ page }) => {
      await page.goto(paths.job(job.id, 'nb'));
      await expect(
        page.getByRole('heading', { name: 'Stillingen er ikke lenger ledig' }),
      ).toHaveCount(0);
      const apply = page.getByRole('link', { name: 'Søk på stillingen' });
      await expect(apply).toHaveAttribute('href', new RegExp(`^${site.applicationSystemUrl}`));
      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({ '@type': 'JobPosting', title: job.title });
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
    });
  }
});

test.describe('languages', () => {
  const video = videos[0]!;
  const job = openJobs[0]!;
  const profession = fixtureEntries('professions')[0]!;
  const pairs: [string, string][] = [
    [paths.home.nb, paths.home.en],
    [paths.jobsHome.nb, paths.jobsHome.en],
    [paths.videos.nb, paths.videos.en],
    [paths.video(video.id, 'nb'), paths.video(video.id, 'en')],
    [paths.jobs.nb, paths.jobs.en],
    [paths.job(job.id, 'nb'), paths.job(job.id, 'en')],
    [paths.profession(profession.id, 'nb'), paths.profession(profession.id, 'en')],
  ];

  for (const [nb, en] of pairs) {
    test(`${nb} and ${en} switch to each other and link both ways with hreflang`, async ({
      page,
    }) => {
      await page.goto(nb);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        'href',
        `${site.siteUrl}${en}`,
      );
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await expect(page).toHaveURL(en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute(
        'href',
        `${site.siteUrl}${nb}`,
      );
      await page.getByRole('link', { name: 'Les denne siden på norsk' }).click();
      await expect(page).toHaveURL(nb);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    });
  }
});
