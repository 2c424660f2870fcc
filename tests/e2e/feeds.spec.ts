import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { anchoredChanges } from '../../src/features/plan/plan-changes';
import { paths } from '../../src/core/urls';
import { gotoFeedWithoutXslt } from './feed-view';
import { expect, test } from './fixtures';
import { day, fixtureSite, fixture, fixtureEntries, fixtureJobs } from './site';

/**
 * The feeds of the fixture site, checked against its content files: one item per entry (open
 * jobs only) and a thumbnail on every video. What holds for any feed (well-formed, absolute
 * links, guids, dates) is checked by `content/feeds.spec.ts`.
 */
const siteOrigin = fixture.siteUrl;

interface Item {
  link: string;
  'media:thumbnail'?: { '@_url': string; '@_width': string };
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

function items(path: string): Item[] {
  const xml = readFileSync(join(fixtureSite.dir, path), 'utf8');
  return (parser.parse(xml).rss.channel.item as Item[] | undefined) ?? [];
}

const jobs = fixtureJobs();
const openJobs = jobs.open.map((job) => job.id);
const closedJobs = jobs.all.map((job) => job.id).filter((id) => !openJobs.includes(id));

const itemLinks = {
  [paths.feed.news]: fixtureEntries('news').map((e) => paths.newsItem(e.id)),
  [paths.feed.videos]: fixtureEntries('videos').map((e) => paths.video(e.id)),
  [paths.feed.jobs]: openJobs.map((id) => paths.job(id)),
  [paths.feed.posts]: fixtureEntries('posts').map((e) => paths.post(e.id)),
};

test('the fixture site has open and closed jobs to test with', () => {
  expect(openJobs.length).toBeGreaterThan(0);
  expect(closedJobs.length).toBeGreaterThan(0);
});

for (const [feed, links] of Object.entries(itemLinks)) {
  test(`${feed} has one item per entry`, () => {
    expect(
      items(feed)
        .map((item) => item.link)
        .sort(),
    ).toEqual(links.map((path) => `${siteOrigin}${path}`).sort());
  });
}

/** Each dated change in a plan chapter is also an item in the feed with everything. */
const planChangeLinks = fixtureEntries<{ changes?: { date: unknown; summary: string }[] }>(
  'plan',
).flatMap((chapter) =>
  anchoredChanges(
    (chapter.changes ?? []).map((change) => ({
      date: new Date(`${day(change.date)}T00:00:00Z`),
      summary: change.summary,
    })),
  ).map((change) => `${paths.planChapter(chapter.id)}#${change.anchor}`),
);

test('the main feed has every item of the other feeds, every plan change and no closed job', () => {
  const all = items(paths.feed.all).map((item) => item.link);
  expect(all.sort()).toEqual(
    [...Object.values(itemLinks).flat(), ...planChangeLinks]
      .map((path) => `${siteOrigin}${path}`)
      .sort(),
  );
  for (const id of closedJobs) expect(all).not.toContain(`${siteOrigin}${paths.job(id)}`);
});

test('every video item has its poster as a media thumbnail', () => {
  const xml = readFileSync(join(fixtureSite.dir, paths.feed.videos), 'utf8');
  expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
  for (const item of items(paths.feed.videos)) {
    expect(item['media:thumbnail']?.['@_url'], item.link).toMatch(
      new RegExp(`^${siteOrigin}/_astro/`),
    );
  }
});

test('pages announce their own feed after the main one', async ({ page }) => {
  await page.goto(paths.news);
  const alternates = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternates).toHaveCount(2);
  await expect(alternates.nth(1)).toHaveAttribute('href', `${siteOrigin}${paths.feed.news}`);
});

/** The fixture post whose text holds HTML, a script and quotes, pasted from a platform. */
const pastedPost = 'innlegg-22-facebook-html';

for (const view of ['xslt', 'script'] as const) {
  test(`a feed opened in a browser (${view === 'xslt' ? 'with XSLT' : 'without XSLT'}) shows an item's description as its text`, async ({
    page,
  }) => {
    if (view === 'script') {
      await gotoFeedWithoutXslt(page, paths.feed.posts);
      await expect(page.locator('html')).toHaveAttribute('data-feed-view', 'script');
    } else {
      await page.goto(paths.feed.posts);
    }
    const item = page.locator('ol.items > li').filter({
      has: page.locator(`a[href$="${paths.post(pastedPost)}"]`),
    });
    await expect(item.locator('p').last()).toContainText(
      "Limt inn fra en plattform: <script>document.title = 'injected'</script> og <b>fet</b> tekst.",
    );
    await expect(item.locator('script, b, img')).toHaveCount(0);
    expect(await page.title()).not.toBe('injected');
  });
}
