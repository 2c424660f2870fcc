import type { SourceConfig } from '../config.ts';
import { parseJson, SyncHttpError } from '../http.ts';
import { ItemError } from '../sanitize.ts';
import type { Adapter, SyncContext } from '../run.ts';
import type { Skip } from '../report.ts';
import {
  dayOf,
  jobEntry,
  withdrawOpenJob,
  type JobAd,
  type JobSourceOptions,
} from './job-entry.ts';

/**
 * Jobbnorge's public jobs API, which its own search page calls; no key. The list
 * (`/v3/Jobs?employer=…&page=…&results=…`, answering `{ jobs: [...], meta: { jobCountTotal } }`) is
 * read page by page; each ad's text and contacts come from the ad page's data
 * (`id.jobbnorge.no/api/joblisting?jobId=…`). Field names as in Jobbnorge's public clients
 * (docs/sync.md).
 */
export interface JobbnorgeOptions extends JobSourceOptions {
  /** The employer ids at Jobbnorge (the municipality's, and those of its units). */
  employerIds: number[];
  /** The API's address; change only for tests. */
  apiUrl?: string;
  /** The ad data's address; change only for tests. */
  detailUrl?: string;
  /** Ads per page of the list (default 50). */
  pageSize?: number;
}

/** A Jobbnorge source for src/sync.config.ts. */
export const jobbnorge = (options: JobbnorgeOptions & { name?: string }): SourceConfig => ({
  kind: 'jobbnorge',
  ...options,
});

interface ListJob {
  id?: unknown;
  title?: unknown;
  employer?: unknown;
  department?: unknown;
  regardDepartmentAsEmployer?: unknown;
  summary?: unknown;
  publicationDate?: unknown;
  deadline?: unknown;
  jobScope?: unknown;
  jobDuration?: unknown;
  positionCount?: unknown;
  locations?: { address?: unknown; area?: unknown; municipality?: unknown; isPrimary?: unknown }[];
  link?: unknown;
}

interface Detail {
  components?: { heading?: unknown; text?: unknown }[];
  jobGapComponents?: { title?: unknown; content?: unknown }[];
  contacts?: { name?: unknown; title?: unknown; telephone?: unknown; email?: unknown }[];
  reference?: unknown;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The schema's employment type from Jobbnorge's duration and scope. */
function employmentType(job: ListJob): JobAd['employmentType'] {
  const duration = str(job.jobDuration).toLowerCase();
  if (/vikar|midlertidig|engasjement|åremål/.test(duration)) return 'TEMPORARY';
  if (/lærling/.test(duration)) return 'INTERN';
  const scope = str(job.jobScope).toLowerCase();
  if (scope === 'heltid') return 'FULL_TIME';
  if (scope === 'deltid') return 'PART_TIME';
  return undefined;
}

/** The position's size: 100 for full time, or a percentage in the title ("80 % fast"). */
export function positionSizeOf(scope: string, title: string): number | undefined {
  if (scope.toLowerCase() === 'heltid') return 100;
  const percent = /(\d{1,3})\s*%/.exec(title);
  const value = percent ? Number(percent[1]) : NaN;
  return value >= 1 && value <= 100 ? value : undefined;
}

/** The ad's text as HTML from the ad page's components and titled sections. */
function adHtml(detail: Detail): string {
  const parts = (detail.components ?? []).map(
    (c) => `${c.heading ? `<h2>${str(c.heading)}</h2>` : ''}${str(c.text)}`,
  );
  for (const section of detail.jobGapComponents ?? []) {
    parts.push(`${section.title ? `<h2>${str(section.title)}</h2>` : ''}${str(section.content)}`);
  }
  return parts.join('\n');
}

function check(config: SourceConfig): void {
  const ids = config['employerIds'];
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => Number.isInteger(id))) {
    throw new Error('employerIds: expected a list of Jobbnorge employer ids, e.g. [1234].');
  }
}

async function read(config: SourceConfig, context: SyncContext) {
  const options = config as unknown as JobbnorgeOptions;
  const api = (options.apiUrl ?? 'https://publicapi.jobbnorge.no').replace(/\/$/, '');
  const detailUrl = options.detailUrl ?? 'https://id.jobbnorge.no/api/joblisting';
  const pageSize = options.pageSize ?? 50;
  const employers = options.employerIds.map((id) => `employer=${id}`).join('&');
  const jobs: ListJob[] = [];
  const skipped: Skip[] = [];
  const maxPages = Math.ceil(context.limits.maxItems / pageSize) + 1;
  for (let page = 1; page <= maxPages; page++) {
    const url = `${api}/v3/Jobs?${employers}&abroad=false&orderBy=Deadline&language=1&page=${page}&results=${pageSize}`;
    const result = await context.fetch(url, { conditional: page === 1 });
    if (result.status === 'not-modified') {
      return { entries: [], skipped, notModified: true };
    }
    const answer = parseJson(result) as { jobs?: unknown; meta?: { jobCountTotal?: unknown } };
    if (!answer || !Array.isArray(answer.jobs)) {
      throw new SyncHttpError(url, 'the answer has no "jobs" list; not the job list.');
    }
    jobs.push(...(answer.jobs as ListJob[]));
    context.progress(jobs.length, Number(answer.meta?.jobCountTotal) || undefined);
    const total = Number(answer.meta?.jobCountTotal);
    if (answer.jobs.length < pageSize || (total > 0 && jobs.length >= total)) break;
  }

  const entries = [];
  for (const [index, job] of jobs.slice(0, context.limits.maxItems).entries()) {
    const item =
      typeof job.id === 'number' || typeof job.id === 'string' ? String(job.id) : `#${index + 1}`;
    try {
      if (!/^\d{1,12}$/.test(item))
        throw new ItemError(`the id "${item.slice(0, 40)}" is not a Jobbnorge id.`);
      const posted = dayOf(job.publicationDate);
      if (context.since && posted && posted < context.since.toISOString().slice(0, 10)) continue;
      let detail: Detail = {};
      try {
        const answer = await context.fetch(`${detailUrl}?jobId=${item}&languageId=1`);
        if (answer.status === 'ok') detail = parseJson(answer) as Detail;
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 404) {
          throw new ItemError('the ad has no page at Jobbnorge (404).');
        }
        throw error;
      }
      const primary = [...(job.locations ?? [])].sort(
        (a, b) => Number(Boolean(b.isPrimary)) - Number(Boolean(a.isPrimary)),
      )[0];
      const ad: JobAd = {
        id: item,
        url: str(job.link) || `https://www.jobbnorge.no/ledige-stillinger/stilling/${item}`,
        title: job.title,
        html: adHtml(detail),
        summary: job.summary,
        department: str(job.department) || str(job.employer),
        location: str(primary?.municipality) || str(primary?.area),
        workplace: [str(primary?.address), str(primary?.area)].filter(Boolean).join(', '),
        posted,
        deadline: dayOf(job.deadline),
        employmentType: employmentType(job),
        positionSize: positionSizeOf(str(job.jobScope), str(job.title)),
        positions: Number.isInteger(job.positionCount) ? (job.positionCount as number) : undefined,
        contacts: (detail.contacts ?? []).map((c) => ({ ...c, phone: c.telephone })),
        reference: detail.reference,
      };
      entries.push(jobEntry(ad, options, context.limits));
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      skipped.push({ item, reason: error.message });
    }
    context.progress(index + 1, jobs.length);
  }
  // With --since the list is not every open ad, so nothing missing from it was withdrawn.
  return { entries, skipped, complete: !context.since };
}

/** The Jobbnorge adapter. */
export const jobbnorgeAdapter: Adapter = {
  kind: 'jobbnorge',
  description: "Jobbnorge's public jobs API, per employer id",
  collection: 'jobs',
  needsKey: false,
  check,
  read,
  withdrawMissing: withdrawOpenJob,
};
