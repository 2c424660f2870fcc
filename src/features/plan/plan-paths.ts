/** The `getStaticPaths()` of the plan's chapter route, each path with the cache key of its page. */
import type { CollectionEntry } from 'astro:content';
import { planChapters } from '../../core/content/collections';
import { entryKey, pageKey } from '../../core/content/page-cache-keys';
import { checkChapterIds, neighbours } from './chapters';
import { loadPlanView } from './plan-entries';

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
