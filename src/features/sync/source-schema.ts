import { z } from 'astro/zod';

/**
 * The `source` block `npm run sync` writes into a synced entry (src/features/sync/entry-files.ts):
 * which source the entry comes from, its id and address there, when it last changed, and the
 * fingerprint of its source-owned fields. Editors leave it as it is.
 */
export const sourceSchema = z
  .object({
    /** The source's name in src/sync.config.ts, e.g. "jobbnorge". */
    system: z.string().min(1),
    /** The item's id at the source. */
    id: z.string().min(1),
    /** The original's address. */
    url: z.string().url({ message: 'Expected the address of the original.' }),
    /** When the source's fields last changed in this file. */
    fetchedAt: z.union([z.string().min(1), z.date()]),
    /** A short hash of each source-owned field as the sync last wrote it. */
    fingerprint: z.record(z.string(), z.string()),
  })
  .strict();

/**
 * True while an entry is not ready to publish (a synced video without its transcript, say). A
 * draft is read but not checked or built: no page, card, feed item, search record or JSON-LD
 * (src/build/checked-loader.ts).
 */
export const draftSchema = z.boolean({ error: 'Expected true or false.' }).default(false);
