/**
 * The `getStaticPaths()` of the entry routes, each path with the cache key of its page
 * (`./page-cache-keys.ts`), so that a rebuild renders only the pages whose content changed.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { cacheKey } from '../cache-key';
import { entryKey, jobState, pageKey, sharedKey } from './page-cache-keys';
import {
  newsNewestFirst,
  openJobs,
  planChapters,
  postsNewestFirst,
  videosNewestFirst,
} from './collections';
import { allOpenJobs } from '../../features/recruitment/recruitment-data';
import { loadPlanView } from './entry-views';
import type { Locale } from '../i18n';
import { jobsOfProfession } from '../../features/recruitment/jobs/job-alerts';
import { sortJobViews, type JobOrder } from '../../features/recruitment/jobs/job-facts';
import { pageSizes } from '../page-sizes';
import { checkReservedIds, laterPages, pageCount, pageOf } from '../pagination';
import { checkChapterIds, neighbours } from '../../features/plan/chapters';

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

/** One path per news item. */
export async function newsPaths() {
  const news = await getCollection('news');
  checkReservedIds('news', news);
  return Promise.all(
    news.map(async (entry) => ({
      params: { id: entry.id },
      props: { entry },
      cacheKey: await pageKey(entry),
    })),
  );
}

/** One path per post; its channel is part of the shared key. */
export async function postPaths() {
  return Promise.all(
    (await getCollection('posts')).map(async (post) => ({
      params: { id: post.id },
      props: { post },
      cacheKey: await pageKey(post),
    })),
  );
}

/** Each channel with its posts, newest first. */
async function channelsWithPosts() {
  const [posts, channels] = await Promise.all([postsNewestFirst(), getCollection('channels')]);
  checkReservedIds('channels', channels);
  return channels.map((channel) => ({
    channel,
    own: posts.filter((post) => post.data.channel.id === channel.id),
  }));
}

/** One path per channel, with the first page of the channel's posts, newest first. */
export async function channelPaths() {
  return Promise.all(
    (await channelsWithPosts()).map(async ({ channel, own }) => {
      const pages = pageCount(own.length, pageSizes.posts);
      const posts = pageOf(own, 1, pageSizes.posts);
      return {
        params: { channel: channel.id },
        props: { channel, posts, pages },
        cacheKey: await pageKey(channel, pages, posts.map(entryKey)),
      };
    }),
  );
}

/** A channel's later pages of posts (page 1 is the channel's page). */
export async function channelPagePaths() {
  return (
    await Promise.all(
      (await channelsWithPosts()).map(async ({ channel, own }) =>
        Promise.all(
          laterPages(own, pageSizes.posts).map(async ({ page, pages, items }) => ({
            params: { channel: channel.id, page: String(page) },
            props: { channel, posts: items, page, pages },
            cacheKey: await pageKey(channel, pages, items.map(entryKey)),
          })),
        ),
      ),
    )
  ).flat();
}

/** The later pages of a list (`/…/side/N/`), each keyed by the entries it shows. */
async function listPaths<T extends CollectionEntry<CollectionKey>>(
  entries: T[],
  perPage: number,
  keys: (shown: T[]) => unknown[] = (shown) => shown.map(entryKey),
) {
  const shared = await sharedKey();
  return laterPages(entries, perPage).map(({ page, pages, items }) => ({
    params: { page: String(page) },
    props: { page },
    cacheKey: cacheKey(shared, pages, keys(items)),
  }));
}

/** Listing pages from 2 (page 1 is the channel overview), with the posts each shows. */
export async function listingPaths() {
  return listPaths(await postsNewestFirst(), pageSizes.posts);
}

/** News pages from 2 (page 1 is /nyheter/). */
export async function newsListPaths() {
  return listPaths(await newsNewestFirst(), pageSizes.news);
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

/**
 * One path per plan chapter, with its place in the plan and its neighbours. A chapter page
 * shows the other chapters' titles, so any chapter's change renders them all again.
 */
export async function chapterPaths() {
  const chapters = await planChapters();
  checkChapterIds(chapters.map((chapter) => chapter.id));
  const everyChapter = chapters.map(entryKey);
  return Promise.all(
    chapters.map(async (chapter, index) => {
      const { previous, next } = neighbours(chapters, index);
      const link = (entry?: CollectionEntry<'plan'>) => entry && loadPlanView(entry);
      return {
        params: { chapter: chapter.id },
        props: {
          chapter,
          position: index + 1,
          total: chapters.length,
          previous: link(previous),
          next: link(next),
        },
        cacheKey: await pageKey(chapter, everyChapter),
      };
    }),
  );
}
