/**
 * Pure builders for the schema.org structured data of videos and job postings, and the list of
 * properties search engines require of each, so that unit tests can check every entry.
 */

import { jobPostingFacts } from '../features/recruitment/jobs/job-jsonld';
import type { JobFactsInput } from '../features/recruitment/jobs/job-facts';
import { youtubeEmbedUrl, youtubeWatchUrl } from './embeds/youtube';

/** A JSON-LD object: a schema.org type and its properties. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

/**
 * Properties without which Google ignores the rich result: `VideoObject` (name, description,
 * thumbnailUrl, uploadDate, plus the video itself as contentUrl or embedUrl) and `JobPosting`
 * (title, description, datePosted, validThrough, hiringOrganization, jobLocation,
 * employmentType; the last two are recommended by Google and required by this site).
 */
export const requiredProperties = {
  VideoObject: [
    'name',
    'description',
    'thumbnailUrl',
    'uploadDate',
    'duration',
    'embedUrl',
    'contentUrl',
  ],
  JobPosting: [
    'title',
    'description',
    'datePosted',
    'validThrough',
    'hiringOrganization',
    'jobLocation',
    'employmentType',
  ],
} as const satisfies Record<string, readonly string[]>;

/** What a `VideoObject` is built from; URLs absolute. */
export interface VideoInput {
  name: string;
  description: string;
  youtubeId: string;
  /** Absolute URL of the poster image. */
  thumbnailUrl: string;
  uploadDate: Date;
  /** ISO 8601 duration, e.g. PT2M10S. */
  duration: string;
  /** BCP 47 language of the spoken audio. */
  inLanguage: string;
  /** Transcript text, when there is one. */
  transcript?: string | undefined;
}

/** schema.org `VideoObject` for a YouTube video. */
export function videoObject(video: VideoInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.name,
    description: video.description,
    thumbnailUrl: [video.thumbnailUrl],
    uploadDate: isoDay(video.uploadDate),
    duration: video.duration,
    embedUrl: youtubeEmbedUrl(video.youtubeId),
    contentUrl: youtubeWatchUrl(video.youtubeId),
    inLanguage: video.inLanguage,
    ...(video.transcript ? { transcript: video.transcript } : {}),
  };
}

/** What a `JobPosting` is built from; URLs absolute. */
export interface JobInput {
  title: string;
  /** The full advertisement; Google accepts plain text or simple HTML. */
  description: string;
  datePosted: Date;
  /** Last day to apply: the posting is valid through the end of that day. */
  deadline: Date;
  employmentType: string;
  /** Absolute URL of the job's page on this site. */
  url: string;
  /** Absolute URL of the job in the application system. */
  applicationUrl: string;
  organization: { name: string; url: string; logo: string };
  location: { locality: string; region: string; country: string };
}

/** schema.org `JobPosting` for an open position. */
export function jobPosting(job: JobInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    datePosted: isoDay(job.datePosted),
    validThrough: `${isoDay(job.deadline)}T23:59:59`,
    employmentType: job.employmentType,
    url: job.url,
    directApply: false,
    hiringOrganization: {
      '@type': 'Organization',
      name: job.organization.name,
      sameAs: job.organization.url,
      logo: job.organization.logo,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: job.location.locality,
        addressRegion: job.location.region,
        addressCountry: job.location.country,
      },
    },
    potentialAction: { '@type': 'ApplyAction', target: job.applicationUrl },
  };
}

/** Required properties of `data`'s type that are missing or empty; `[]` when complete. */
export function missingProperties(data: JsonLd): string[] {
  const type = data['@type'];
  if (!(type in requiredProperties)) {
    throw new Error(`No required properties are known for the type "${type}".`);
  }
  return requiredProperties[type as keyof typeof requiredProperties].filter((key) =>
    isEmpty(data[key]),
  );
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that text from content
 * files can never close the script element.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The text of an entry's Markdown body without heading marks and emphasis, for structured data
 * that expects plain text. Lists and paragraphs keep their line breaks.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\*(\S.*?)\*/g, '$1')
    .trim();
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0 || value.some(isEmpty);
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The fields of a job entry the structured data is made from. */
export interface JobEntryLike {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    titleEn?: string | undefined;
    summary: string;
    summaryEn?: string | undefined;
    location: string;
    employmentType: string;
    posted: Date;
    deadline: Date;
    applicationUrl: string;
  } & Partial<JobFactsInput>;
}

/** Who is hiring and where, from the site configuration. */
export interface Employer {
  name: string;
  url: string;
  /** Absolute URL of the logo. */
  logo: string;
  region: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
}

/** `JobPosting` for a job entry, in the language of the page it is shown on. */
export function jobPostingForEntry(
  job: JobEntryLike,
  options: { pageUrl: string; locale: 'nb' | 'en'; employer: Employer },
): JsonLd {
  const { data } = job;
  const english = options.locale === 'en';
  const title = english ? (data.titleEn ?? data.title) : data.title;
  const summary = english ? (data.summaryEn ?? data.summary) : data.summary;
  const { employer } = options;
  const facts =
    data.pay && data.positionSize && data.start && data.contacts
      ? jobPostingFacts(
          {
            pay: data.pay,
            positions: data.positions ?? 1,
            start: data.start,
            positionSize: data.positionSize,
            contacts: data.contacts,
            reference: data.reference,
          },
          { id: job.id, employerName: employer.name, locale: options.locale },
        )
      : {};
  const posting = jobPosting({
    title,
    description: [summary, markdownToPlainText(job.body ?? '')].filter(Boolean).join('\n\n'),
    datePosted: data.posted,
    deadline: data.deadline,
    employmentType: data.employmentType,
    url: options.pageUrl,
    applicationUrl: data.applicationUrl,
    organization: { name: employer.name, url: employer.url, logo: employer.logo },
    location: { locality: data.location, region: employer.region, country: employer.country },
  });
  return { ...posting, ...facts };
}

/** The fields of a video entry the structured data is made from. */
export interface VideoEntryLike {
  body?: string | undefined;
  data: {
    title: string;
    titleEn?: string | undefined;
    description: string;
    descriptionEn?: string | undefined;
    youtubeId: string;
    duration: string;
    uploadDate: Date;
    language: string;
  };
}

/** `VideoObject` for a video entry, in the language of the page it is shown on. */
export function videoObjectForEntry(
  video: VideoEntryLike,
  options: { thumbnailUrl: string; locale: 'nb' | 'en' },
): JsonLd {
  const { data } = video;
  const english = options.locale === 'en';
  return videoObject({
    name: english ? (data.titleEn ?? data.title) : data.title,
    description: english ? (data.descriptionEn ?? data.description) : data.description,
    youtubeId: data.youtubeId,
    thumbnailUrl: options.thumbnailUrl,
    uploadDate: data.uploadDate,
    duration: data.duration,
    inLanguage: data.language,
    transcript: markdownToPlainText(video.body ?? '') || undefined,
  });
}

/**
 * The municipality as employer, from the site configuration. The country is fixed: the site
 * is made for Norwegian municipalities and follows Norwegian rules.
 */
export function employerOf(config: {
  name: string;
  siteUrl: string;
  mainWebsite: string;
  county: string;
  logo: { src: string };
}): Employer {
  return {
    name: config.name,
    url: config.mainWebsite,
    logo: new URL(config.logo.src, config.siteUrl).href,
    region: config.county,
    country: 'NO',
  };
}
