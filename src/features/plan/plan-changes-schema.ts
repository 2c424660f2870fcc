import { z } from 'astro/zod';
import { dateSchema } from '../../core/schema-fields';

/** One dated change to a plan chapter, as written in its front matter. */
export const planChangeSchema = z
  .object({
    /** When the change was made (YYYY-MM-DD). */
    date: dateSchema,
    /** What changed, in one sentence a reader of the plan understands. */
    summary: z
      .string({ error: 'Expected a one-sentence summary of what changed.' })
      .min(1, { message: 'Expected a one-sentence summary of what changed.' }),
  })
  .strict();

/**
 * The chapter's change history: a list of `- date: YYYY-MM-DD` with `summary: …` under it.
 * Shown on the chapter, on the plan's overview and in the feed with everything.
 */
export const planChangesSchema = z
  .array(planChangeSchema, {
    error:
      'Expected a list of changes, each written "- date: YYYY-MM-DD" with "summary: what changed" below it.',
  })
  .default([]);
