import { z } from 'astro/zod';
import { dateSchema, httpsUrl } from '../../core/schema-fields';

/** One statute or regulation the plan cites: a file in content/laws/, its name the id. */
export const lawSchema = z
  .object({
    /** Full title, e.g. "Lov om arkiv". */
    name: z.string().min(1),
    /** The short title readers know it by, e.g. "arkivlova". */
    shortName: z.string().min(1),
    /** Lovdata's identifier, e.g. "LOV-2025-06-20-96" or "FOR-2013-06-21-732". */
    lovdataId: z.string().regex(/^(LOV|FOR)-\d{4}-\d{2}-\d{2}(-\d+)?$/, {
      message: 'Expected Lovdata\'s identifier, e.g. "LOV-2025-06-20-96".',
    }),
    /** The act's address on Lovdata, e.g. https://lovdata.no/lov/2025-06-20-96. */
    url: httpsUrl.refine(
      (value) => /^https:\/\/lovdata\.no\/(lov|forskrift)\/\d{4}-\d{2}-\d{2}(-\d+)?$/.test(value),
      {
        message: 'Expected a Lovdata address such as https://lovdata.no/lov/2025-06-20-96.',
      },
    ),
    /** When it came into force (YYYY-MM-DD). */
    inForce: dateSchema,
    /** A word on the date where one date is not the whole story. */
    inForceNote: z.string().min(1).optional(),
    /** The sections the plan cites, e.g. { section: "5-4", title: "Politiattest" }. */
    sections: z
      .array(z.object({ section: z.string().min(1), title: z.string().min(1) }).strict())
      .default([]),
    /** When the act was repealed (YYYY-MM-DD); a repealed act can no longer be cited. */
    repealed: dateSchema.optional(),
    /** The file name of the act that replaced it. */
    replacedBy: z.string().min(1).optional(),
  })
  .strict()
  .refine((law) => law.url.endsWith(law.lovdataId.replace(/^(LOV|FOR)-/, '')), {
    path: ['url'],
    message: 'Expected the Lovdata address to end with the date and number of "lovdataId".',
  });
