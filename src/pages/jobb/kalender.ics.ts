import type { APIRoute } from 'astro';
import { buildDate } from '../../core/build-date';
import { openJobs } from '../../core/content/collections';
import { useTranslations } from '../../core/i18n';
import { calendarResponse, deadlineCalendar } from '../../features/recruitment/jobs/icalendar';
import { deadlineEvents } from '../../features/recruitment/jobs/job-alerts';
import { paths } from '../../core/urls';
import { site as siteConfig } from '../../site.config';

const t = useTranslations('nb');

/** Every open job's deadline in one calendar that apps can subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: calendars need absolute URLs.');
  const events = deadlineEvents(await openJobs(), {
    site,
    path: (id) => paths.job(id),
    summary: (title) => t('jobs.calendar.event').replace('{title}', title),
  });
  return calendarResponse(
    deadlineCalendar(events, {
      name: `${t('jobs.calendar.name')} – ${siteConfig.name}`,
      host: site.hostname,
      stamp: buildDate(),
      organisation: siteConfig.name,
    }),
  );
};
