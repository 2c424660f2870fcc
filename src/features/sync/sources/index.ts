import type { Adapter } from '../run.ts';
import { blueskyAdapter } from './bluesky.ts';
import {
  facebookExportAdapter,
  instagramExportAdapter,
  linkedinExportAdapter,
  xExportAdapter,
} from './exports.ts';
import { flickrAdapter } from './flickr.ts';
import { mastodonAdapter } from './mastodon.ts';
import { jobbnorgeAdapter } from './jobbnorge.ts';
import { navAdapter } from './nav.ts';
import { rssJobsAdapter } from './rss-jobs.ts';
import { youtubeAdapter } from './youtube.ts';

/**
 * Every kind of source the sync can read, one adapter each. A new source adds its adapter to
 * this list (its file in this folder); nothing else in the sync needs to change.
 */
export const adapters: Adapter[] = [
  // Job ads and videos (docs/sync.md).
  jobbnorgeAdapter,
  navAdapter,
  rssJobsAdapter,
  youtubeAdapter,
  // The channels' posts (docs/sync.md, "The channels' posts").
  mastodonAdapter,
  blueskyAdapter,
  flickrAdapter,
  facebookExportAdapter,
  instagramExportAdapter,
  xExportAdapter,
  linkedinExportAdapter,
];
