/**
 * One view per chapter of the communication plan: everything the site says about the chapter,
 * worked out once. The plan overview, the home page, the chapter page, its link preview and the
 * search read it. The plan is written in bokmål only, so there is one view per chapter. The
 * function is pure; the Astro side (`./plan-entries.ts`) calls it.
 */
import { formatDate, isoDate } from '../../core/i18n';
import type { SearchEntry } from '../search/search-entry';
import { paths } from '../../core/urls';

/** The fields of a plan chapter entry a view is made from. */
export interface PlanEntryLike {
  id: string;
  data: {
    title: string;
    summary: string;
    order: number;
    owner: string;
    lastReviewed: Date;
    changes: { date: Date; summary: string }[];
    example: boolean;
  };
}

/** A plan chapter as its page, cards, link preview and search show it. */
export interface PlanView {
  id: string;
  /** The plan is written in bokmål only. */
  locale: 'nb';
  /** The chapter's own page. */
  path: string;
  title: string;
  summary: string;
  /** Position in the plan, starting at 1. */
  order: number;
  /** The role responsible for keeping the chapter up to date. */
  owner: string;
  lastReviewed: Date;
  /** The review date for machines (`datetime`), YYYY-MM-DD. */
  lastReviewedIso: string;
  /** The review date as a reader writes it. */
  lastReviewedText: string;
  /** Dated changes to the chapter, as written. */
  changes: PlanEntryLike['data']['changes'];
  example: boolean;
  /** Keep an example chapter's page out of search engines and the sitemap. */
  noindex: boolean;
  /** How the chapter's page takes part in the site search. */
  search: SearchEntry;
}

/** The view of a plan chapter. */
export function planView(entry: PlanEntryLike): PlanView {
  const { data } = entry;
  return {
    id: entry.id,
    locale: 'nb',
    path: paths.planChapter(entry.id),
    title: data.title,
    summary: data.summary,
    order: data.order,
    owner: data.owner,
    lastReviewed: data.lastReviewed,
    lastReviewedIso: isoDate(data.lastReviewed),
    lastReviewedText: formatDate(data.lastReviewed, 'nb'),
    changes: data.changes,
    example: data.example,
    noindex: data.example,
    search: { type: 'plan' },
  };
}
