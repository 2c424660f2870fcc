/**
 * The `getStaticPaths()` of the entry routes, each path with the cache key of its page
 * (`./cache-keys.ts`), so that a rebuild renders only the pages whose content changed.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { cacheKey } from '../cache-key';
import { entryKey, jobState, pageKey, sharedKey } from './cache-keys';
import { openJobs, planChapters, postsNewestFirst, videosNewestFirst } from './collections';
import { loadPlanView } from './views';
import { jobsOfProfession } from '../job-alerts';
import { checkChapterIds, neighbours } from '../plan';
import { relatedJobsOnVideoPage } from '../recruitment';
import { pageCount, pageOf } from '../post-listing';

/** Open jobs with what decides their look on another page: their content and state. */
function jobKeys(jobs: CollectionEntry<'jobs'>[]): unknown[] {
  return jobs.map((job) => [entryKey(job), jobState(job)]);
}

/** One path per job; the page also shows the job's video. */
export async function jobPaths() {
  return Promise.all(
    (await getCollection('jobs')).map(async (entry) => {
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
  const jobs = await openJobs();
  return Promise.all(
    (await getCollection('videos')).map(async (entry) => {
      const related = jobsOfProfession(jobs, entry.data.profession.id);
      const shown = related.slice(0, relatedJobsOnVideoPage);
      return {
        params: { id: entry.id },
        props: { entry },
        cacheKey: await pageKey(entry, jobKeys(shown), related.length),
      };
    }),
  );
}

/** One path per profession; the page lists its videos and open jobs. */
export async function professionPaths() {
  const [jobs, videos] = await Promise.all([openJobs(), videosNewestFirst()]);
  return Promise.all(
    (await getCollection('professions')).map(async (entry) => {
      const own = videos.filter((video) => video.data.profession.id === entry.id);
      return {
        params: { id: entry.id },
        props: { entry },
        cacheKey: await pageKey(
          entry,
          jobKeys(jobsOfProfession(jobs, entry.id)),
          own.map(entryKey),
        ),
      };
    }),
  );
}

/** One path per news item. */
export async function newsPaths() {
  return Promise.all(
    (await getCollection('news')).map(async (entry) => ({
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

/** One path per channel, with the channel's posts newest first. */
export async function channelPaths() {
  const posts = await postsNewestFirst();
  return Promise.all(
    (await getCollection('channels')).map(async (channel) => {
      const own = posts.filter((post) => post.data.channel.id === channel.id);
      return {
        params: { channel: channel.id },
        props: { channel, posts: own },
        cacheKey: await pageKey(channel, own.map(entryKey)),
      };
    }),
  );
}

/** Listing pages from 2 (page 1 is the channel overview), with the posts each shows. */
export async function listingPaths() {
  const posts = await postsNewestFirst();
  const pages = pageCount(posts.length);
  const shared = await sharedKey();
  return Array.from({ length: pages - 1 }, (_, i) => {
    const page = i + 2;
    return {
      params: { page: String(page) },
      cacheKey: cacheKey(shared, pages, pageOf(posts, page).map(entryKey)),
    };
  });
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
