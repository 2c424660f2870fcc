import { planChapters } from '../../core/content/collections';
import type { FeedEntry } from './feeds';
import { planChangeFeedEntries } from './plan-feed';

/** The feed entries for every dated change in the plan's chapters. */
export async function planFeedEntries(): Promise<FeedEntry[]> {
  const chapters = await planChapters();
  return planChangeFeedEntries(
    chapters.map(({ id, data }) => ({
      id,
      title: data.title,
      changes: data.changes,
      example: data.example,
    })),
  );
}
