/**
 * Which jobs each alert carries: a profession's feed holds that profession's open jobs, and the
 * calendars hold the deadlines of open jobs. Closed jobs leave both at the next build.
 */
import type { DeadlineEvent } from './icalendar';

/** The parts of a job entry the alerts look at. */
export interface AlertJob {
  id: string;
  data: { title: string; deadline: Date; summary: string; profession: { id: string } };
}

/** The jobs in `jobs` that belong to `profession`, in the order given. */
export function jobsOfProfession<T extends { data: { profession: { id: string } } }>(
  jobs: T[],
  profession: string,
): T[] {
  return jobs.filter((job) => job.data.profession.id === profession);
}

/** A deadline event per job, soonest first, with the job page's absolute address. */
export function deadlineEvents(
  jobs: AlertJob[],
  options: { site: string | URL; path: (id: string) => string; summary: (title: string) => string },
): DeadlineEvent[] {
  return [...jobs]
    .sort(
      (a, b) => a.data.deadline.getTime() - b.data.deadline.getTime() || a.id.localeCompare(b.id),
    )
    .map((job) => ({
      id: job.id,
      summary: options.summary(job.data.title),
      deadline: job.data.deadline,
      url: new URL(options.path(job.id), options.site).href,
      description: job.data.summary,
    }));
}
