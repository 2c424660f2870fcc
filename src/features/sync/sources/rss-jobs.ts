import type { SourceConfig } from '../config.ts';
import { requestableUrl, SyncHttpError } from '../http.ts';
import type { Skip } from '../report.ts';
import type { Adapter, AdapterResult, SyncContext } from '../run.ts';
import { ItemError } from '../sanitize.ts';
import { feedDay, parseXml, pick, textOf } from '../xml.ts';
import {
  dayOf,
  jobEntry,
  withdrawOpenJob,
  type JobAd,
  type JobSourceOptions,
} from './job-entry.ts';
import { positionSizeOf } from './jobbnorge.ts';

/** The job facts an RSS or Atom item can give, and where the item has each (see `fields`). */
export type RssJobField =
  | 'id'
  | 'title'
  | 'url'
  | 'text'
  | 'summary'
  | 'posted'
  | 'deadline'
  | 'department'
  | 'location'
  | 'workplace'
  | 'positionSize'
  | 'positions'
  | 'employmentType'
  | 'start'
  | 'reference'
  | 'contactName'
  | 'contactTitle'
  | 'contactPhone'
  | 'contactEmail';

/**
 * An RSS 2.0 or Atom feed of job ads, as Webcruiter, ReachMee, Easycruit and others export
 * them. The standard elements are read by default (RSS: `guid`, `title`, `link`,
 * `content:encoded` or `description`, `pubDate`; Atom: `id`, `title`, `link/@href`, `content` or
 * `summary`, `published`); `fields` says where the feed has the rest, by element name with its
 * prefix (`"job:deadline"`), a path (`"job:contact/job:name"`) or an attribute (`"enclosure/@url"`).
 */
export interface RssJobsOptions extends JobSourceOptions {
  /** The feed's address (https). */
  url: string;
  /** Where each fact is in an item; see above. */
  fields?: Partial<Record<RssJobField, string>>;
  /** The feed's words for the employment type, mapped onto the site's (e.g. `{ Fast: 'FULL_TIME' }`). */
  employmentTypes?: Record<string, NonNullable<JobAd['employmentType']>>;
  /**
   * True (the default) when the feed lists every open ad, so an ad gone from it before its
   * deadline was withdrawn; false for a feed of the latest ads only.
   */
  complete?: boolean;
}

/** An RSS or Atom job feed source for src/sync.config.ts. */
export const rssJobs = (options: RssJobsOptions & { name?: string }): SourceConfig => ({
  kind: 'rss-jobs',
  ...options,
});

const rssDefaults: Partial<Record<RssJobField, string>> = {
  id: 'guid',
  title: 'title',
  url: 'link',
  text: 'content:encoded|description',
  posted: 'pubDate',
};
const atomDefaults: Partial<Record<RssJobField, string>> = {
  id: 'id',
  title: 'title',
  url: 'link/@href',
  text: 'content|summary',
  posted: 'published|updated',
};

function check(config: SourceConfig): void {
  if (typeof config['url'] !== 'string') throw new Error("url: expected the feed's https address.");
  requestableUrl(config['url']);
  const fields = config['fields'];
  if (fields !== undefined && (typeof fields !== 'object' || fields === null)) {
    throw new Error('fields: expected an object such as { deadline: "job:deadline" }.');
  }
}

async function read(config: SourceConfig, context: SyncContext): Promise<AdapterResult> {
  const options = config as unknown as RssJobsOptions;
  const result = await context.fetch(options.url, { conditional: true });
  if (result.status === 'not-modified') return { entries: [], skipped: [], notModified: true };
  const doc = parseXml(result.text(), result.url);
  const atom = pick(doc, 'feed');
  const items = (atom ? pick(atom, 'entry') : pick(doc, 'rss/channel/item')) as unknown;
  if (!atom && !pick(doc, 'rss/channel')) {
    throw new SyncHttpError(result.url, 'the answer is neither an RSS nor an Atom feed.');
  }
  const list = Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  const fields = { ...(atom ? atomDefaults : rssDefaults), ...options.fields };
  const value = (item: unknown, field: RssJobField) => {
    const path = fields[field];
    if (!path) return '';
    for (const alternative of path.split('|')) {
      const text = textOf(pick(item, alternative)).trim();
      if (text) return text;
    }
    return '';
  };
  const entries = [];
  const skipped: Skip[] = [];
  for (const [index, item] of list.slice(0, context.limits.maxItems).entries()) {
    const id = value(item, 'id') || value(item, 'url');
    try {
      if (!id) throw new ItemError('the item has no id (guid) and no link.');
      if (id.length > 300) throw new ItemError(`the id is ${id.length} characters long.`);
      const posted = dayOf(value(item, 'posted')) ?? feedDay(value(item, 'posted'));
      if (context.since && posted && posted < context.since.toISOString().slice(0, 10)) continue;
      const type = value(item, 'employmentType');
      const size = value(item, 'positionSize');
      const ad: JobAd = {
        id,
        url: value(item, 'url'),
        title: value(item, 'title'),
        html: value(item, 'text'),
        summary: value(item, 'summary'),
        department: value(item, 'department'),
        location: value(item, 'location'),
        workplace: value(item, 'workplace'),
        posted,
        deadline: dayOf(value(item, 'deadline')) ?? feedDay(value(item, 'deadline')),
        employmentType: options.employmentTypes?.[type],
        positionSize: /^\d{1,3}$/.test(size)
          ? positionSizeOf('', `${size} %`)
          : positionSizeOf(size, ''),
        positions: Number(value(item, 'positions')) || undefined,
        start: /etter avtale/i.test(value(item, 'start'))
          ? 'etter avtale'
          : dayOf(value(item, 'start')),
        reference: value(item, 'reference'),
        contacts: [
          {
            name: value(item, 'contactName'),
            title: value(item, 'contactTitle'),
            phone: value(item, 'contactPhone'),
            email: value(item, 'contactEmail'),
          },
        ],
      };
      entries.push(jobEntry(ad, options, context.limits));
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      skipped.push({ item: id.slice(0, 80) || `#${index + 1}`, reason: error.message });
    }
    context.progress(index + 1, list.length);
  }
  return { entries, skipped, complete: (options.complete ?? true) && !context.since };
}

/** The RSS/Atom job feed adapter. */
export const rssJobsAdapter: Adapter = {
  kind: 'rss-jobs',
  description: 'an RSS or Atom feed of job ads, with a configurable field mapping',
  collection: 'jobs',
  needsKey: false,
  check,
  read,
  withdrawMissing: withdrawOpenJob,
};
