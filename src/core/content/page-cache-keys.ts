/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned
 * with a `cacheKey` from `getStaticPaths()` is copied from the previous build while its key and
 * its code are unchanged. A key therefore names every piece of content the page shows: its own
 * entry, the entries it looks up, and what the build date decides (open, closing soon). Astro
 * itself tracks the code and the MDX bodies a page renders.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { cacheKey } from '../cache-key';
import { oncePerBuild } from './once-per-build';

/** What identifies one entry's content: its file's digest and its parsed data (images included). */
export function entryKey(entry: CollectionEntry<CollectionKey>): unknown[] {
  return [entry.collection, entry.id, entry.digest, entry.data];
}

/**
 * The small collections that pages read through references and MDX components (a post's
 * channel, a job's profession, a chapter's channel register): a change to any of them renders
 * every keyed page again.
 */
export function sharedKey(): Promise<string> {
  return oncePerBuild('shared cache key', async () => {
    const [channels, professions] = await Promise.all([
      getCollection('channels'),
      getCollection('professions'),
    ]);
    return cacheKey([...channels, ...professions].map(entryKey));
  });
}

/** The key of a page about `entry` that also shows `related` entries. */
export async function pageKey(
  entry: CollectionEntry<CollectionKey>,
  ...related: unknown[]
): Promise<string> {
  return cacheKey(await sharedKey(), entryKey(entry), ...related);
}
