import type { Adapter } from '../run.ts';
import { jobbnorgeAdapter } from './jobbnorge.ts';
import { navAdapter } from './nav.ts';
import { rssJobsAdapter } from './rss-jobs.ts';
import { youtubeAdapter } from './youtube.ts';

/**
 * Every kind of source the sync can read, one adapter each. A new source adds its adapter to
 * this list (its file in this folder); nothing else in the sync needs to change.
 */
export const adapters: Adapter[] = [jobbnorgeAdapter, navAdapter, rssJobsAdapter, youtubeAdapter];
