/**
 * Pure helpers for the plan's change history: each chapter's changes newest first, and the
 * latest changes across the plan for the overview and the feed.
 */

/** One dated change, as the plan schema gives it. */
export interface PlanChange {
  date: Date;
  summary: string;
}

/** A chapter as far as its change history is concerned. */
export interface ChapterWithChanges {
  id: string;
  title: string;
  changes: readonly PlanChange[];
}

/** A change with the id of its line on the chapter page, e.g. `endring-2026-11-24`. */
export interface AnchoredChange extends PlanChange {
  anchor: string;
}

/** A change with the chapter it belongs to. */
export interface ChapterChange extends AnchoredChange {
  chapterId: string;
  chapterTitle: string;
}

/** The changes newest first; changes on the same day keep the order they were written in. */
export function changesNewestFirst<T extends PlanChange>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.index - b.index)
    .map(({ change }) => change);
}

/**
 * The changes newest first, each with an id unique within the chapter: `endring-` and the
 * date, and `-2`, `-3` … for further changes on the same day. Feed items link to it, so each
 * change has an address of its own.
 */
export function anchoredChanges(changes: readonly PlanChange[]): AnchoredChange[] {
  const seen = new Map<string, number>();
  return changesNewestFirst(changes).map((change) => {
    const day = change.date.toISOString().slice(0, 10);
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return { ...change, anchor: n === 1 ? `endring-${day}` : `endring-${day}-${n}` };
  });
}

/**
 * Every chapter's changes in one list, newest first, at most `limit` of them. On the same day,
 * chapters keep the plan's order.
 */
export function latestChanges(
  chapters: readonly ChapterWithChanges[],
  limit = Number.POSITIVE_INFINITY,
): ChapterChange[] {
  const all = chapters.flatMap((chapter) =>
    anchoredChanges(chapter.changes).map((change) => ({
      ...change,
      chapterId: chapter.id,
      chapterTitle: chapter.title,
    })),
  );
  return changesNewestFirst(all).slice(0, limit);
}

/** Id of the change-history section on a chapter page, the target of links to it. */
export const changesSectionId = 'endringer';
