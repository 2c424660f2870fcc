/**
 * The plan's dated changes as feed items, so subscribers learn when the plan changes. Kept
 * in a module of its own; the feed with everything adds these to its other entries.
 */
import { escapeXml, type FeedEntry } from './feeds';
import { fill } from '../../core/fill';
import { useTranslations } from '../../core/i18n';
import { latestChanges, type ChapterWithChanges } from '../plan/plan-changes';
import { paths } from '../../core/urls';

const t = useTranslations('nb');

/**
 * One feed entry per change, each linking to the change's line on its chapter page. A change to
 * an example chapter says so first, as the chapter page does, so that no reader takes it for a
 * change to an adopted plan.
 */
export function planChangeFeedEntries(
  chapters: readonly (ChapterWithChanges & { example?: boolean })[],
): FeedEntry[] {
  const examples = new Set(chapters.filter((chapter) => chapter.example).map(({ id }) => id));
  return latestChanges(chapters).map((change) => {
    const chapterPath = paths.planChapter(change.chapterId);
    const notice = examples.has(change.chapterId)
      ? [`<p><em>${escapeXml(t('example.notice'))}</em></p>`]
      : [];
    return {
      title: fill(t('plan.feed.changeTitle'), { chapter: change.chapterTitle }),
      path: `${chapterPath}#${change.anchor}`,
      date: change.date,
      summary: change.summary,
      category: t('search.type.plan'),
      html: [
        ...notice,
        `<p>${escapeXml(change.summary)}</p>`,
        `<p><a href="${escapeXml(chapterPath)}">${escapeXml(t('plan.feed.readChapter'))}: ${escapeXml(change.chapterTitle)}</a></p>`,
      ].join('\n'),
    };
  });
}
