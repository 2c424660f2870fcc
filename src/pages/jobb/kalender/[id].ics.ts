import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { buildDate } from '../../../core/build-date';
import { entryKey } from '../../../core/content/page-cache-keys';
import { openJobs } from '../../../core/content/collections';
import { cacheKey } from '../../../core/cache-key';
import { useTranslations } from '../../../core/i18n';
import { calendarResponse, deadlineCalendar } from '../../../features/recruitment/jobs/icalendar';
import { deadlineEvents } from '../../../features/recruitment/jobs/job-alerts';
import { paths } from '../../../core/urls';
import { site as siteConfig } from '../../../site.config';

const t = useTranslations('nb');

// Only open jobs get a file: a closed job's deadline has nothing left to remind of.
export const getStaticPaths = (async () =>
  (await openJobs()).map((job) => ({
    params: { id: job.id },
    props: { job },
    // The build date is every event's DTSTAMP.
    cacheKey: cacheKey(entryKey(job), buildDate()),
  }))) satisfies GetStaticPaths;

/** One open job's deadline as a calendar event. */
export const GET: APIRoute<{ job: CollectionEntry<'jobs'> }> = ({ props, site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: calendars need absolute URLs.');
  const events = deadlineEvents([props.job], {
    site,
    path: (id) => paths.job(id),
    summary: (title) => t('jobs.calendar.event').replace('{title}', title),
  });
  return calendarResponse(
    deadlineCalendar(events, {
      name: events[0]?.summary ?? t('jobs.calendar.name'),
      host: site.hostname,
      stamp: buildDate(),
      organisation: siteConfig.name,
    }),
  );
};
