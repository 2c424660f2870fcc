/**
 * The recruitment queries the pages need, answered with views (`src/features/recruitment/recruitment-view.ts`)
 * in the page's language, so that no page or card works an entry out again.
 */
import { getCollection, getEntry } from 'astro:content';
import { openJobs, videosNewestFirst } from '../../core/content/collections';
import { oncePerBuild } from '../../core/content/once-per-build';
import {
  loadJobView,
  loadProfessionView,
  loadVideoView,
  type VideoEntryView,
} from './recruitment-entries';
import { langTag, type Locale } from '../../core/i18n';
import type { JobView, ProfessionView } from './recruitment-view';

/** Professions sorted by their name in the page's language. */
export async function professionsByName(locale: Locale): Promise<ProfessionView[]> {
  return oncePerBuild(`professions ${locale}`, async () =>
    (await getCollection('professions'))
      .map((entry) => loadProfessionView(entry, locale))
      .sort((a, b) => a.name.localeCompare(b.name, langTag[locale])),
  );
}

/** Every video, newest first. */
export async function allVideos(locale: Locale): Promise<VideoEntryView[]> {
  return oncePerBuild(`video views ${locale}`, async () =>
    Promise.all((await videosNewestFirst()).map((video) => loadVideoView(video, locale))),
  );
}

/** Every open job, soonest deadline first. */
export async function allOpenJobs(locale: Locale): Promise<JobView[]> {
  return oncePerBuild(`open job views ${locale}`, async () =>
    Promise.all((await openJobs()).map((job) => loadJobView(job, locale))),
  );
}

/** Open jobs in one profession, soonest deadline first. */
export async function openJobsIn(professionId: string, locale: Locale): Promise<JobView[]> {
  return (await allOpenJobs(locale)).filter((job) => job.profession.id === professionId);
}

/** Videos about one profession, newest first. */
export async function videosAbout(professionId: string, locale: Locale): Promise<VideoEntryView[]> {
  return (await allVideos(locale)).filter((video) => video.profession.id === professionId);
}

/** The most recently advertised open jobs. */
export async function newestOpenJobs(count: number, locale: Locale): Promise<JobView[]> {
  return (await allOpenJobs(locale))
    .sort((a, b) => b.posted.getTime() - a.posted.getTime())
    .slice(0, count);
}

/** The view of the video with this id, if there is one. */
export async function videoById(id: string, locale: Locale): Promise<VideoEntryView | undefined> {
  const entry = await getEntry('videos', id);
  return entry && loadVideoView(entry, locale);
}
