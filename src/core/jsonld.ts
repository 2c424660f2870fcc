/**
 * What every page's schema.org structured data shares: the JSON-LD type, the properties search
 * engines require of each type the site writes (so that unit tests can check every entry), the
 * serialisation into a script element and plain text from Markdown. The job posting's and the
 * video's builders are in the recruitment feature (jobs/job-jsonld.ts, videos/video-jsonld.ts).
 */

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

/** A date as schema.org's `Date`: the ISO 8601 day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
