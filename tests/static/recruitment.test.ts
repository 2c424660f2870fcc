// The recruitment pages of the fixture site against its content files, over the built HTML: what
// a video page states and lists, what a profession's page shows, closed and open jobs, the job
// facts against their structured data, the language links and the job alerts. The player's
// click-to-load, focus and requests are the browser's (tests/e2e/recruitment.spec.ts).
import { describe, expect, test } from 'vitest';
import { paths } from '../../src/core/urls';
import { day, fixture, fixtureEntries, fixtureJobs } from '../support/fixture-content.ts';
import type { FixtureVideo } from '../support/fixture-content.ts';
import { builtSite } from '../support/pages.ts';
import { buildDay, sites } from '../support/sites.ts';
import { links, listPages, squash } from './checks/dom.ts';
import {
  checkClosedJob,
  checkLanguagePair,
  checkNoClosedJobs,
  checkOpenExampleJob,
  checkOpenJob,
  checkProfessionVideos,
  checkVideoPage,
  checkVideoRelatedJobs,
  listedJobTitles,
} from './checks/recruitment.ts';

const site = builtSite(sites.fixture);
const jobs = fixtureJobs();
const videos = fixtureEntries<FixtureVideo>('videos');
const professions = fixtureEntries<{ name: string; nameEn: string }>('professions');
/** Soonest deadline first, and by title where two share a deadline, as the lists sort them. */
const byDeadline = (
  a: { deadline: unknown; title: string },
  b: { deadline: unknown; title: string },
) => day(a.deadline).localeCompare(day(b.deadline)) || a.title.localeCompare(b.title, 'nb');

test('the fixture site has closed and open jobs, example and real videos to test with', () => {
  expect(jobs.closed.length).toBeGreaterThan(0);
  expect(jobs.open.length).toBeGreaterThan(0);
  expect(videos.some((video) => video.example)).toBe(true);
  expect(videos.some((video) => !video.example)).toBe(true);
});

describe('video pages', () => {
  test.each(videos)('$id states its captions, transcript, player and structured data', (video) => {
    expect(checkVideoPage(site, video)).toEqual([]);
  });

  const shown = fixture.pageSizes?.relatedJobs ?? 6;
  const openIn = (profession: string) =>
    jobs.open
      .filter((job) => job.profession === profession)
      .sort(byDeadline)
      .map((job) => job.id);

  test('the fixture has a profession with more open jobs than a video page lists', () => {
    expect(videos.some((video) => openIn(video.profession).length > shown)).toBe(true);
  });

  test.each(videos)(
    '$id lists the first open jobs of its profession and links to the rest',
    (video) => {
      expect(checkVideoRelatedJobs(site, video, openIn(video.profession), shown)).toEqual([]);
    },
  );
});

describe("a profession's videos", () => {
  const shown = fixture.pageSizes?.videos ?? 24;
  const about = (profession: string) =>
    videos.filter((video) => video.profession === profession).map((video) => video.id);

  test('the fixture has a profession with more videos than a list page holds', () => {
    expect(professions.some((profession) => about(profession.id).length > shown)).toBe(true);
  });

  test.each(
    professions.flatMap((profession) =>
      (['nb', 'en'] as const).map((locale) => ({ profession, locale })),
    ),
  )(
    '$profession.id ($locale) shows at most a list page of videos and links to them all',
    ({ profession, locale }) => {
      expect(checkProfessionVideos(site, profession, locale, about(profession.id), shown)).toEqual(
        [],
      );
    },
  );
});

describe('closed and open jobs', () => {
  const closed = jobs.closed.map((job) => job.id);

  test.each([paths.jobs.nb, paths.jobs.en, paths.jobsHome.nb, paths.jobsHome.en, '/', '/en/'])(
    '%s lists no closed job',
    (path) => {
      expect(checkNoClosedJobs(site, path, closed)).toEqual([]);
    },
  );

  test('the list of positions shows every open job, soonest deadline first', () => {
    expect(listedJobTitles(site, paths.jobs.nb)).toEqual(
      [...jobs.open].sort(byDeadline).map((job) => job.title),
    );
  });

  test.each(closed)('closed job %s says so, points to open jobs and has no JSON-LD', (id) => {
    expect(checkClosedJob(site, id)).toEqual([]);
  });

  test.each(jobs.open.filter((job) => job.example).map((job) => job.id))(
    'open example job %s has nothing to apply to and no JSON-LD',
    (id) => {
      expect(checkOpenExampleJob(site, id)).toEqual([]);
    },
  );

  test.each(jobs.open.filter((job) => !job.example))(
    'open job $id shows its facts and an application link, and its JSON-LD states only what is shown',
    (job) => {
      expect(
        checkOpenJob(site, job, fixture.applicationSystemUrl, fixture.applicationHosts),
      ).toEqual([]);
    },
  );
});

describe('languages', () => {
  const video = videos[0] as FixtureVideo;
  const job = jobs.open[0] as { id: string };
  const profession = professions[0] as { id: string };
  test.each([
    [paths.home.nb, paths.home.en],
    [paths.jobsHome.nb, paths.jobsHome.en],
    [paths.videos.nb, paths.videos.en],
    [paths.video(video.id, 'nb'), paths.video(video.id, 'en')],
    [paths.jobs.nb, paths.jobs.en],
    [paths.job(job.id, 'nb'), paths.job(job.id, 'en')],
    [paths.profession(profession.id, 'nb'), paths.profession(profession.id, 'en')],
  ])('%s and %s link each other, with hreflang and the language switch', (nb, en) => {
    expect(checkLanguagePair(site, nb, en)).toEqual([]);
  });
});

describe('job alerts', () => {
  const dayMs = 24 * 60 * 60 * 1000;
  const buildDate = new Date(`${buildDay}T00:00:00Z`);

  test('cards mark the jobs that close within seven days, with a space after the label', () => {
    const unseen = new Map(jobs.open.map((job) => [job.id, job]));
    // Each list page once: the cards of the open jobs it shows are checked there.
    for (const page of listPages(site, paths.jobs.nb)) {
      for (const [id, job] of unseen) {
        const card = page
          .$('li.ds-card')
          .filter((_, li) => links(page, job.title, page.$(li)).length > 0);
        if (card.length === 0) continue;
        unseen.delete(id);
        const deadline = new Date(`${day(job.deadline)}T00:00:00Z`);
        const soon = deadline.getTime() - buildDate.getTime() <= 7 * dayMs;
        const text = squash(card.text());
        expect(text.includes('Frist snart'), `${id} on ${page.path}`).toBe(soon);
        expect(text, id).toMatch(/Søknadsfrist: \d/);
        expect(text, id).toMatch(/stilling/);
      }
    }
    expect([...unseen.keys()], 'open jobs on no list page').toEqual([]);
  });

  test('profession pages and the feeds page link the alerts', () => {
    const feeds = site.page('/rss/');
    for (const profession of professions) {
      const page = site.page(paths.profession(profession.id));
      expect(page?.$(`a[href="/rss/yrke/${profession.id}.xml"]`).length, profession.id).toBe(1);
      expect(page?.$('a[href="/jobb/kalender.ics"]').length, profession.id).toBe(1);
      expect(feeds?.$(`main a[href="/rss/yrke/${profession.id}.xml"]`).length, profession.id).toBe(
        1,
      );
    }
  });
});
