// Where a job shows in a built site: the lists, feeds, calendars, structured data and search
// that an open position is in and a closed one leaves, and what its own page says. The static
// deadline test reads the fixture build with it, the rebuild test a build as of another day.
import { paths } from '../../src/core/urls';
import { nb } from '../../src/core/i18n/nb';
import type { BuiltPage, BuiltSite } from './pages.ts';

export interface JobPresence {
  /** Pages other than the job's own that link to it (lists, profession and video pages). */
  listedOn: string[];
  /** Feed files that hold the job's address. */
  feeds: string[];
  /** Whether the calendar of all open deadlines holds the job. */
  inCalendar: boolean;
  /** Whether the job has a calendar file of its own. */
  calendarFile: boolean;
  /** Whether its page carries a JobPosting for job search engines. */
  jsonLd: boolean;
  /** Whether its page takes part in the site search. */
  searchable: boolean;
  /** Whether its page says, visibly without JavaScript, that the position is closed. */
  saysClosed: boolean;
  /** Whether its page offers to apply. */
  applyLink: boolean;
  /** Whether its page carries the hidden notice that its script shows after the deadline. */
  noticeForLater: boolean;
  /** Whether the deadline is shown outside any hidden element. */
  deadlineShown: boolean;
}

/** Whether an element is inside (or is) an element hidden without JavaScript. */
function hiddenWithoutScript(page: BuiltPage, element: Parameters<BuiltPage['$']>[0]): boolean {
  return page.$(element).closest('[hidden]').length > 0;
}

/** Where the job `id`, whose deadline is `deadline` (YYYY-MM-DD), shows in `site`. */
export function jobPresence(site: BuiltSite, id: string, deadline: string): JobPresence {
  const own = [paths.job(id, 'nb'), paths.job(id, 'en')];
  const page = site.page(own[0] as string);
  if (!page) throw new Error(`${site.name}: no page ${own[0]} for the job ${id}.`);
  const $ = page.$;
  const closedHeading = $('h2')
    .toArray()
    .filter(
      (heading) =>
        $(heading)
          .text()
          .replace(/\u00ad/g, '')
          .trim() === nb['recruit.job.closed'],
    );
  const deadlines = $(`time[datetime^="${deadline}"]`).toArray();
  // iCalendar folds long lines (RFC 5545, 3.1): unfolded, the job's address is one string.
  const calendar = site.files.has('jobb/kalender.ics')
    ? site.read('jobb/kalender.ics').replaceAll(/\r?\n[ \t]/g, '')
    : '';
  return {
    listedOn: site.pages
      .filter((other) => !own.includes(other.path))
      .filter((other) => own.some((path) => other.$(`a[href="${path}"]`).length > 0))
      .map((other) => other.path),
    feeds: [...site.files]
      .filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'))
      .filter((file) => own.some((path) => site.read(file).includes(`${site.origin}${path}`))),
    inCalendar: own.some((path) => calendar.includes(`${site.origin}${path}`)),
    calendarFile: site.files.has(paths.jobCalendar(id).slice(1)),
    jsonLd: $('script[type="application/ld+json"]')
      .toArray()
      .some((script) => /"JobPosting"/.test($(script).text())),
    searchable: $('[data-pagefind-body]').length > 0,
    saysClosed: closedHeading.some((heading) => !hiddenWithoutScript(page, heading)),
    applyLink: $('[data-while-open] a.ds-button').length > 0,
    noticeForLater: $(`[data-deadline-passed="${deadline}"][hidden]`).length === 1,
    deadlineShown: deadlines.some((time) => !hiddenWithoutScript(page, time)),
  };
}

/** Where a closed position is after a build: on no list, feed, calendar or search, its page saying so. */
export const closedEverywhere: JobPresence = {
  listedOn: [],
  feeds: [],
  inCalendar: false,
  calendarFile: false,
  jsonLd: false,
  searchable: false,
  saysClosed: true,
  applyLink: false,
  noticeForLater: false,
  deadlineShown: true,
};
