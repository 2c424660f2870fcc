/**
 * The `getStaticPaths()` of the job, video and profession routes, each path with the cache key
 * of its page (`core/content/page-cache-keys.ts`), so that a rebuild renders only the pages
 * whose content changed.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildDate } from '../../core/build-date';
import { openJobs, isOpen, videosNewestFirst } from '../../core/content/collections';
import { listPaths } from '../../core/content/list-paths';
import { entryKey, pageKey } from '../../core/content/page-cache-keys';
import type { Locale } from '../../core/i18n';
import { pageSizes } from '../../core/page-sizes';
import { checkReservedIds, laterPages, pageCount, pageOf } from '../../core/pagination';
import { jobsOfProfession } from './jobs/job-alerts';
import { isClosingSoon, sortJobViews, type JobOrder } from './jobs/job-facts';
import { allOpenJobs } from './recruitment-data';

/** What the build date decides about a job: whether it is open and closing soon. */
export function jobState(job: CollectionEntry<'jobs'>, today: Date = buildDate()): string {
  if (!isOpen(job, today)) return 'closed';
  return isClosingSoon(job.data.deadline, today) ? 'closing soon' : 'open';
}

/** Open jobs with what decides their look on another page: their content and state. */
function jobKeys(jobs: CollectionEntry<'jobs'>[]): unknown[] {
  return jobs.map((job) => [entryKey(job), jobState(job)]);
}

/** One path per job; the page also shows the job's video. */
export async function jobPaths() {
  const jobs = await getCollection('jobs');
  checkReservedIds('jobs', jobs);
  return Promise.all(
    jobs.map(async (entry) => {
      const video = entry.data.video && (await getEntry(entry.data.video));
      return {
        params: { id: entry.id },
        props: { entry },
        cacheKey: await pageKey(entry, jobState(entry), video && entryKey(video)),
      };
    }),
  );
}

/** One path per video; the page also lists the first open jobs in its profession, and their number. */
export async function videoPaths() {
  const [jobs, videos] = await Promise.all([openJobs(), getCollection('videos')]);
  checkReservedIds('videos', videos);
  return Promise.all(
    videos.map(async (entry) => {
      const related = jobsOfProfession(jobs, entry.data.profession.id);
      const shown = related.slice(0, pageSizes.relatedJobs);
      return {
        params: { id: entry.id },
        props: { entry },
        cacheKey: await pageKey(entry, jobKeys(shown), related.length),
      };
    }),
  );
}

/** Each profession with the videos about it, newest first. */
async function professionsWithVideos() {
  const videos = await videosNewestFirst();
  return (await getCollection('professions')).map((entry) => ({
    entry,
    own: videos.filter((video) => video.data.profession.id === entry.id),
  }));
}

/**
 * One path per profession; the page lists its newest videos (a list page's worth), their
 * number, and the first page of its open jobs.
 */
export async function professionPaths() {
  const [jobs, professions] = await Promise.all([openJobs(), professionsWithVideos()]);
  return Promise.all(
    professions.map(async ({ entry, own }) => {
      const its = jobsOfProfession(jobs, entry.id);
      return {
        params: { id: entry.id },
        props: { entry },
        cacheKey: await pageKey(
          entry,
          pageCount(its.length, pageSizes.jobs),
          jobKeys(pageOf(its, 1, pageSizes.jobs)),
          pageOf(own, 1, pageSizes.videos).map(entryKey),
          own.length,
        ),
      };
    }),
  );
}

/**
 * The pages of every video about one profession, from 1, for the professions with more videos
 * than their own page shows (the others have no such list).
 */
async function professionVideoPages() {
  return (await professionsWithVideos()).flatMap(({ entry, own }) => {
    const later = laterPages(own, pageSizes.videos);
    if (later.length === 0) return [];
    const first = { page: 1, pages: later.length + 1, items: pageOf(own, 1, pageSizes.videos) };
    return [first, ...later].map((page) => ({ entry, ...page }));
  });
}

/** Page 1 of the videos about a profession (see `professionVideoPages`). */
export async function professionVideoPaths() {
  const first = (await professionVideoPages()).filter(({ page }) => page === 1);
  return Promise.all(
    first.map(async ({ entry, pages, items }) => ({
      params: { id: entry.id },
      props: { entry },
      cacheKey: await pageKey(entry, pages, items.map(entryKey)),
    })),
  );
}

/** The later pages of the videos about a profession (see `professionVideoPages`). */
export async function professionVideoListPaths() {
  const later = (await professionVideoPages()).filter(({ page }) => page > 1);
  return Promise.all(
    later.map(async ({ entry, page, pages, items }) => ({
      params: { id: entry.id, page: String(page) },
      props: { entry, page },
      cacheKey: await pageKey(entry, pages, items.map(entryKey)),
    })),
  );
}

/** A profession's later pages of open jobs (page 1 is the profession's page). */
export async function professionJobPaths() {
  const jobs = await openJobs();
  const professions = await getCollection('professions');
  return (
    await Promise.all(
      professions.map(async (entry) =>
        Promise.all(
          laterPages(jobsOfProfession(jobs, entry.id), pageSizes.jobs).map(
            async ({ page, pages, items }) => ({
              params: { id: entry.id, page: String(page) },
              props: { entry, page },
              cacheKey: await pageKey(entry, pages, jobKeys(items)),
            }),
          ),
        ),
      ),
    )
  ).flat();
}

/** Video list pages from 2, in either language: both list every video, newest first. */
export async function videoListPaths() {
  return listPaths(await videosNewestFirst(), pageSizes.videos);
}

/**
 * Job list pages from 2 in one language and order. The order is the views' (the English
 * titles break ties on the English pages), so each key names the jobs its page shows.
 */
export async function jobListPaths(locale: Locale, order: JobOrder) {
  const entries = new Map((await openJobs()).map((job) => [job.id, job]));
  const sorted = sortJobViews(await allOpenJobs(locale), order).flatMap((view) => {
    const entry = entries.get(view.id);
    return entry ? [entry] : [];
  });
  return listPaths(sorted, pageSizes.jobs, jobKeys);
}
