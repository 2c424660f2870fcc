import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  dateSchema,
  exampleSchema,
  httpsUrl,
  imageWithAlt,
  isoDurationSchema,
  languageSchema,
  youtubeIdSchema,
} from './core/schema-fields';
import { dataFiles, markdownFiles, withFileErrors, type EntryRules } from './build/checked-loader';
import { keepBodyAsText, renderPlainMdxAtSync } from './build/render-at-sync';
import { channelPlatforms, contentDir, professionNames, referenceTo } from './build/content-dir';
import { planChangesSchema } from './features/plan/plan-changes-schema';
import { planFactSchema } from './features/plan/plan-facts-schema';
import { lawSchema } from './features/plan/law-schema';
import { optionalFile } from './build/optional-file-loader';
import {
  describeHosts,
  hostMatches,
  parseHttpsUrl,
  platformIds,
  urlBelongsToPlatform,
} from './core/embeds/platforms';
import {
  embedFor,
  isEmbeddable,
  postAddressOf,
  postUrlExamples,
  unembeddablePostUrlExamples,
} from './core/embeds/embeds';
import { entryId } from './core/slugs';
import { jobFactsShape } from './features/recruitment/jobs/job-facts-schema';
import {
  inHealthAndCare,
  policeCertificateMessage,
} from './features/recruitment/jobs/police-certificate';
import { site } from './site.config';
import { draftSchema, sourceSchema } from './features/sync/source-schema';

const generateId = ({ entry }: { entry: string }) => entryId(entry);
/**
 * Markdown and MDX entries, by when their body becomes HTML (src/build/render-at-sync.ts):
 * - `sync`: a plain-Markdown MDX body is rendered once as the content is read, one with
 *   components when a page shows it; `keepBody: false` keeps only the HTML of the former;
 * - `page`: every MDX body when a page shows it, for pages that pass `components` to it;
 * - `never`: the body is shown as text (posts) and never rendered.
 */
const mdx = (
  name: string,
  {
    render = 'sync',
    keepBody = true,
    ...rules
  }: { render?: 'sync' | 'page' | 'never'; keepBody?: boolean } & EntryRules = {},
) => {
  const loader = glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${name}`, generateId });
  const rendering = {
    sync: () => renderPlainMdxAtSync(loader, { keepBody }),
    page: () => loader,
    never: () => keepBodyAsText(loader),
  };
  return withFileErrors(rendering[render](), `${contentDir}/${name}`, {
    reads: markdownFiles,
    ...rules,
  });
};
const data = (name: string) =>
  withFileErrors(
    glob({ pattern: '**/*.{yaml,yml,json}', base: `${contentDir}/${name}`, generateId }),
    `${contentDir}/${name}`,
    { reads: dataFiles },
  );

/** Chapters of the communication plan, read in `order`. */
const plan = defineCollection({
  // The printable plan moves each chapter's headings a level down with `components`.
  loader: mdx('plan', { render: 'page' }),
  schema: z
    .object({
      /** Chapter title, shown as the page's h1. */
      title: z.string().min(1),
      /** One or two sentences for the overview and search results. */
      summary: z.string().min(1),
      /** Position in the plan, starting at 1. */
      order: z.number().int().positive({ message: 'Expected a whole number from 1 upwards.' }),
      /** The role responsible for keeping the chapter up to date. */
      owner: z.string().min(1),
      /** When the chapter was last checked (YYYY-MM-DD). */
      lastReviewed: dateSchema,
      /** Dated changes to the chapter (`date`, `summary`); see src/features/plan/plan-changes-schema.ts. */
      changes: planChangesSchema,
      /** True while the chapter is example text the municipality has not adopted. */
      example: exampleSchema,
    })
    .strict(),
});

/** The municipality's channels: one YAML file each, the file name is the channel's id. */
const channels = defineCollection({
  loader: data('channels'),
  schema: z
    .object({
      /** Display name, e.g. "Sarpsborg kommune på Facebook". */
      name: z.string().min(1),
      /** Which platform the channel is on. */
      platform: z.enum(platformIds, {
        error: `Expected one of: ${platformIds.join(', ')}.`,
      }),
      /** Address of the channel itself. */
      url: httpsUrl,
      /** The account name as the platform shows it, e.g. "@sarpsborgkommune". */
      handle: z.string().min(1),
      /** What the municipality uses the channel for. */
      purpose: z.string().min(1),
      /** Who the channel reaches. */
      audience: z.array(z.string().min(1)).min(1, { message: 'Expected at least one audience.' }),
      /** Target for answering questions in the channel, in hours. */
      responseTimeHours: z.number().positive({ message: 'Expected a number of hours above 0.' }),
      /** Follower counts, each with the date it was true. */
      followers: z
        .array(
          z
            .object({
              /** Number of followers. */
              count: z.number().int().nonnegative(),
              /** The date the count was true (YYYY-MM-DD). */
              date: dateSchema,
              /** Where the figure comes from. */
              source: z.string().min(1).optional(),
            })
            .strict(),
        )
        .default([]),
      /** Position in listings. */
      order: z.number().int().nonnegative().default(100),
      /** True while the channel is example content the municipality has not confirmed. */
      example: exampleSchema,
    })
    .strict()
    .superRefine((channel, ctx) => {
      if (!urlBelongsToPlatform(channel.url, channel.platform)) {
        ctx.addIssue({
          code: 'custom',
          path: ['url'],
          message: `Expected an address on ${describeHosts(channel.platform)} for a ${channel.platform} channel.`,
        });
      }
    }),
});

/** Professions the municipality recruits for; videos and jobs point to one. */
const professions = defineCollection({
  loader: data('professions'),
  schema: z
    .object({
      /** Name in bokmål, e.g. "Sykepleier". */
      name: z.string().min(1),
      /** Name in English, e.g. "Nurse". */
      nameEn: z.string().min(1),
      /** A short introduction to the work, in bokmål. */
      description: z.string().min(1),
      /** The same introduction in English. */
      descriptionEn: z.string().min(1),
      /** True while the profession is example content the municipality has not confirmed. */
      example: exampleSchema,
    })
    .strict(),
});

/** Recruitment videos on YouTube; the MDX body is the transcript. */
const videos = defineCollection({
  loader: mdx('videos', {
    drafts: true,
    requireBody:
      'the video has no transcript: write what is said in the video below the front matter (a video without its transcript is not accessible), or set "draft: true" until it is there.',
  }),
  schema: ({ image }) =>
    z
      .object({
        /** Title in bokmål: the page's h1, the card, the feed item and the structured data. */
        title: z.string().min(1),
        /** Title in English for the /en/ pages. */
        titleEn: z.string().min(1).optional(),
        /** One or two sentences in bokmål for cards, link previews, the feed and search engines. */
        description: z.string().min(1),
        /** Description in English for the /en/ pages. */
        descriptionEn: z.string().min(1).optional(),
        /** The 11-character ID from the YouTube address. */
        youtubeId: youtubeIdSchema,
        /** Id of the profession the video is about (file name in content/professions). */
        profession: referenceTo('professions'),
        /** Length as ISO 8601, e.g. PT2M30S. */
        duration: isoDurationSchema,
        /** When the video was published on YouTube (YYYY-MM-DD). */
        uploadDate: dateSchema,
        /** A local still image shown until the visitor presses play. */
        poster: imageWithAlt(image),
        /** The language spoken in the video. */
        language: languageSchema,
        /** Languages the video has captions in; Norwegian captions are required by law. */
        captions: z.array(languageSchema).refine((langs) => langs.includes('nb'), {
          message:
            'Expected "nb" among the caption languages: public bodies must caption prerecorded video in Norwegian.',
        }),
        /**
         * Audio description: the address of an audio-described version, or the reason none is
         * needed (for example that everything shown is also said).
         */
        audioDescription: z.union(
          [
            z.object({ url: httpsUrl }).strict(),
            z.object({ notNeededReason: z.string().min(10) }).strict(),
          ],
          {
            error:
              'Expected either "url: https://…" (an audio-described version) or "notNeededReason: …" (why none is needed).',
          },
        ),
        /** True while the video is example content (e.g. an invented YouTube ID). */
        example: exampleSchema,
        /** Where a synced video comes from (written by `npm run sync`; see docs/sync.md). */
        source: sourceSchema.optional(),
        /** True while the video is not ready to publish; a draft builds nothing. */
        draft: draftSchema,
      })
      .strict(),
});

/** schema.org employment types a job may have. */
export const employmentTypes = [
  'FULL_TIME',
  'PART_TIME',
  'TEMPORARY',
  'INTERN',
  'PER_DIEM',
  'OTHER',
] as const;

const professionOfJob = professionNames();

/** Open and closed vacancies. */
const jobs = defineCollection({
  loader: mdx('jobs', { drafts: true }),
  schema: z
    .object({
      /** Title of the position in bokmål, as advertised. */
      title: z.string().min(1),
      /** Title in English for the /en/ pages; without it they show the Norwegian title. */
      titleEn: z.string().min(1).optional(),
      /** One or two sentences about the position, for listings, link previews and search. */
      summary: z
        .string({ error: 'Expected a one- or two-sentence summary of the position.' })
        .min(1),
      /** The summary in English for the /en/ pages. */
      summaryEn: z.string().min(1).optional(),
      /** Unit or service the position belongs to. */
      department: z.string().min(1),
      /** Place of work, e.g. "Sarpsborg sentrum". */
      location: z.string().min(1),
      /** Id of the profession the position belongs to (file name in content/professions). */
      profession: referenceTo('professions'),
      /** schema.org employment type. */
      employmentType: z.enum(employmentTypes, {
        error: `Expected one of: ${employmentTypes.join(', ')}.`,
      }),
      /** When the position was advertised (YYYY-MM-DD). */
      posted: dateSchema,
      /** Last day to apply (YYYY-MM-DD); after it the position is closed. */
      deadline: dateSchema,
      /** The position's page in the application system. */
      applicationUrl: httpsUrl.refine(
        (value) => {
          const url = parseHttpsUrl(value);
          return (
            url !== undefined && site.applicationHosts.some((h) => hostMatches(url.hostname, h))
          );
        },
        {
          message: `Expected an address in the application system (${site.applicationHosts.join(' or ')}).`,
        },
      ),
      /** A recruitment video about the same work. */
      video: referenceTo('videos').optional(),
      ...jobFactsShape,
      /** True while the job is example content; its pages and feed item then say so. */
      example: exampleSchema,
      /** Where a synced ad comes from (written by `npm run sync`; see docs/sync.md). */
      source: sourceSchema.optional(),
      /**
       * The day the ad was withdrawn at the source before its deadline: its page says so, and it
       * leaves every list, feed, calendar, the sitemap and the structured data.
       */
      withdrawn: dateSchema.optional(),
      /** True while the ad is not ready to publish (e.g. no profession yet); a draft builds nothing. */
      draft: draftSchema,
    })
    .strict()
    .refine((job) => job.deadline >= job.posted, {
      path: ['deadline'],
      message: 'Expected the deadline to be on or after the posted date.',
    })
    .superRefine((job, ctx) => {
      const profession = professionOfJob.get(job.profession.id);
      if (profession && inHealthAndCare(profession) && !job.policeCertificate) {
        ctx.addIssue({
          code: 'custom',
          path: ['policeCertificate'],
          message: policeCertificateMessage(profession),
        });
      }
    }),
});

const platformOfChannel = channelPlatforms();

/** Posts from the social channels; the MDX body is the post's text. */
const posts = defineCollection({
  loader: mdx('posts', { render: 'never' }),
  schema: ({ image }) =>
    z
      .object({
        /** Id of the channel (file name in content/channels without .yaml). */
        channel: referenceTo('channels'),
        /** Address of the original post on the platform; a draft may lack it. */
        url: httpsUrl.optional(),
        /** When the post was published (YYYY-MM-DD, or with time). */
        date: dateSchema,
        /**
         * A picture from the post, shown on its card and in the feed; its `alt` is required
         * unless the post is a draft (an imported picture may come without one).
         */
        image: z.object({ src: image(), alt: z.string().optional() }).strict().optional(),
        /** True while the post is example content the municipality has not confirmed. */
        example: exampleSchema,
        /**
         * True while the post lacks what the site needs to publish it; a draft builds no page,
         * card, feed item or search record. The sync writes it with `draftReason`.
         */
        draft: draftSchema,
        /** What an editor must add before removing `draft`, as the sync found it. */
        draftReason: z.string().min(1).optional(),
        /** Where a synced post came from (src/features/sync/); written by `npm run sync`. */
        source: sourceSchema.optional(),
      })
      .strict()
      .superRefine((post, ctx) => {
        if (post.draft) return;
        if (post.url === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['url'],
            message:
              'Expected url: the address of the post on the platform (only a draft may lack it).',
          });
          return;
        }
        if (post.image && post.image.alt === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['image', 'alt'],
            message:
              'Expected alt text for the image (alt: "what the image shows"); only a draft may lack it.',
          });
        }
      })
      .superRefine((post, ctx) => {
        // A draft's address is checked as soon as it has one.
        if (post.url === undefined) return;
        const platform = platformOfChannel.get(post.channel.id);
        if (platform && !urlBelongsToPlatform(post.url, platform)) {
          ctx.addIssue({
            code: 'custom',
            path: ['url'],
            message: `Expected an address on ${describeHosts(platform)}, because channel "${post.channel.id}" is on ${platform}.`,
          });
        } else if (platform && isEmbeddable(platform) && !embedFor(platform, post.url)) {
          // Without this the card would quietly lose its button to show the original.
          ctx.addIssue({
            code: 'custom',
            path: ['url'],
            message: `Expected the address of one post, like ${postUrlExamples[platform]}, not of a page or profile.`,
          });
        } else if (platform && postAddressOf[platform] && !postAddressOf[platform](post.url)) {
          ctx.addIssue({
            code: 'custom',
            path: ['url'],
            message: `Expected the address of one post, like ${unembeddablePostUrlExamples[platform]}, not of a page or profile.`,
          });
        }
      }),
});

/** News items. */
const news = defineCollection({
  loader: mdx('news', { keepBody: false }),
  schema: ({ image }) =>
    z
      .object({
        /** Headline of the news item. */
        title: z.string().min(1),
        /** One or two sentences for the news list, link previews and the feed. */
        summary: z.string().min(1),
        /** When the item was published (YYYY-MM-DD). */
        date: dateSchema,
        /** A picture for the item, shown on its page, in link previews and in the feed. */
        image: imageWithAlt(image).optional(),
        /** True while the item is example content the municipality has not confirmed. */
        example: exampleSchema,
      })
      .strict(),
});

/** The plan's numbers (opening hours, promised times, targets), one file: src/features/plan/plan-facts.ts. */
const planFacts = defineCollection({
  loader: optionalFile(`${contentDir}/plan-facts.yaml`),
  schema: planFactSchema,
});

/** Statutes and regulations the plan cites, one YAML file each: src/features/plan/laws.ts. */
const laws = defineCollection({ loader: data('laws'), schema: lawSchema });

export const collections = {
  plan,
  planFacts,
  laws,
  channels,
  professions,
  videos,
  jobs,
  posts,
  news,
};
