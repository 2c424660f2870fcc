import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { youtubeIdPattern } from './embeds/youtube';

/** The site's languages: Norwegian bokmål and English. */
export const languageSchema = z.enum(['nb', 'en'], {
  error: 'Expected a language code: "nb" (bokmål) or "en" (English).',
});
export type Language = z.infer<typeof languageSchema>;

/**
 * An image file beside the content file, with its text alternative. `alt` is required;
 * write `alt: ''` only for a purely decorative image.
 */
export const imageWithAlt = (image: SchemaContext['image']) =>
  z
    .object({
      /** Path to the image, relative to the content file. */
      src: image(),
      /** What the image shows, for screen readers. */
      alt: z.string({ error: 'Expected alt text for the image (alt: "what the image shows").' }),
    })
    .strict();

/** An https address. */
export const httpsUrl = z
  .string({ error: 'Expected an address starting with https://.' })
  .refine((value) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(value), {
    message:
      'Expected a full address starting with https:// (for example https://www.kommune.no/).',
  });

/** A YouTube video ID: the 11 characters after `v=` in a YouTube address. */
export const youtubeIdSchema = z
  .string({ error: 'Expected the 11-character YouTube video ID.' })
  .regex(youtubeIdPattern, {
    message:
      'Expected the 11-character YouTube video ID (letters, digits, - and _), for example "dQw4w9WgXcQ" from youtube.com/watch?v=dQw4w9WgXcQ.',
  });

/** An ISO 8601 duration such as `PT2M30S`, as YouTube and schema.org use it. */
export const isoDurationSchema = z
  .string({ error: 'Expected a duration such as "PT2M30S" (2 minutes 30 seconds).' })
  .regex(/^PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?$/, {
    message: 'Expected a duration such as "PT2M30S" (2 minutes 30 seconds) or "PT45S".',
  });

/** A calendar date written YYYY-MM-DD in the front matter. */
export const dateSchema = z.coerce.date({
  error: 'Expected a date written YYYY-MM-DD, for example 2026-03-01.',
});

/**
 * Marks content the municipality has not confirmed (invented IDs, titles, dates). Such
 * entries show a visible "example content" notice until an editor replaces them.
 */
export const exampleSchema = z.boolean({ error: 'Expected true or false.' }).default(false);
