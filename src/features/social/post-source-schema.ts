import { z } from 'astro/zod';

/**
 * The `source` block `npm run sync` writes on a synced post (src/features/sync/entry-files.ts):
 * which source, the post's id there, its original, when the source's fields last changed here,
 * and a hash of each of them. Editors leave it as it is; the sync finds the file by it.
 */
export const syncSourceSchema = z
  .object({
    /** The source's name in src/sync.config.ts. */
    system: z.string().min(1),
    /** The post's id at the source. */
    id: z.string().min(1),
    /** Where the post came from: the post, or the channel for an export that has no address. */
    url: z.string().url(),
    /** When the source's fields last changed in this file. */
    fetchedAt: z.coerce.date(),
    /** A short hash of each source field as last written. */
    fingerprint: z.record(z.string(), z.string()),
  })
  .strict();
