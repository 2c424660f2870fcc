import type { SyncConfig } from './features/sync/config.ts';

/**
 * The sources `npm run sync` reads: job ads from the application system and videos from the
 * YouTube channel (docs/sync.md says how to set up each). None is configured yet, so the sync
 * leaves `content/` as it is. An example, with the helpers from src/features/sync/sources/:
 *
 * ```ts
 * sources: [
 *   jobbnorge({ employerIds: [1234] }),
 *   youtube({ channelId: 'UC…' }),
 * ],
 * ```
 */
export const sync: SyncConfig = {
  sources: [],
};
