import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../build-date';
import { oncePerBuild } from './once-per-build';

/** Plan chapters in reading order. */
export async function planChapters(): Promise<CollectionEntry<'plan'>[]> {
  return oncePerBuild('plan', async () =>
    (await getCollection('plan')).sort((a, b) => a.data.order - b.data.order),
  );
}

/** The municipality's channels in listing order (`order`, then name). */
export async function channelsInOrder(): Promise<CollectionEntry<'channels'>[]> {
  return oncePerBuild('channels', async () =>
    (await getCollection('channels')).sort(
      (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'nb'),
    ),
  );
}

/** Newest first, by a date field. */
export function newestFirst<T>(items: T[], date: (item: T) => Date): T[] {
  return [...items].sort((a, b) => date(b).getTime() - date(a).getTime());
}

/**
 * True while the job can still be applied for on `today` (the deadline day included) and has not
 * been withdrawn at the source.
 */
export function isOpen(
  job: { data: { deadline: Date; withdrawn?: Date | undefined } },
  today: Date = buildDate(),
): boolean {
  return job.data.deadline.getTime() >= today.getTime() && !job.data.withdrawn;
}

/** Open positions, soonest deadline first. */
export async function openJobs(): Promise<CollectionEntry<'jobs'>[]> {
  const today = buildDate();
  return oncePerBuild(`open jobs ${today.toISOString()}`, async () =>
    (await getCollection('jobs', (job) => isOpen(job, today))).sort(
      (a, b) => a.data.deadline.getTime() - b.data.deadline.getTime(),
    ),
  );
}

/** Recruitment videos, newest first. */
export async function videosNewestFirst(): Promise<CollectionEntry<'videos'>[]> {
  return oncePerBuild('videos', async () =>
    newestFirst(await getCollection('videos'), (v) => v.data.uploadDate),
  );
}

/** Published social posts (drafts left out), newest first. */
export async function postsNewestFirst(): Promise<CollectionEntry<'posts'>[]> {
  return oncePerBuild('posts', async () =>
    newestFirst(await getCollection('posts', (p) => !p.data.draft), (p) => p.data.date),
  );
}

/** News, newest first. */
export async function newsNewestFirst(): Promise<CollectionEntry<'news'>[]> {
  return oncePerBuild('news', async () =>
    newestFirst(await getCollection('news'), (n) => n.data.date),
  );
}
