// A job closes the day after its deadline. The fixture site is built as of a day that is the
// last day of one position and just after the deadline of others: the first is in every list,
// feed, calendar and search, with its JobPosting and its apply button; the latest closed one is
// in none, and its page says that the position is closed while still showing the deadline.
// The same position built as of the day after its deadline is in tests/e2e/deadline-rebuild.spec.ts
// (npm run test:full).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEntryData } from '../support/entry-data.ts';
import { closedEverywhere, jobPresence } from '../support/job-presence.ts';
import { builtSite } from '../support/pages.ts';
import { buildDay, sites } from '../support/sites.ts';

interface Job {
  id: string;
  deadline: string;
  example: boolean;
}

const jobsDir = join(sites.fixture.contentDir, 'jobs');
/** The fixture's jobs, with their deadlines as YYYY-MM-DD. */
export const fixtureJobs: Job[] = readdirSync(jobsDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const data = readEntryData(join(jobsDir, file)) as { deadline: unknown; example?: boolean };
    return {
      id: file.replace(/\.mdx$/, ''),
      deadline: String(data.deadline).slice(0, 10),
      example: data.example === true,
    };
  });

const real = fixtureJobs.filter((job) => !job.example);
const lastDay = real.find((job) => job.deadline === buildDay);
const closed = real
  .filter((job) => job.deadline < buildDay)
  .sort((a, b) => b.deadline.localeCompare(a.deadline))[0];

describe(`the fixture site, built as of ${buildDay}`, () => {
  const site = builtSite(sites.fixture);

  test('has a position on its last day and one closed just before', () => {
    expect(lastDay, `a fixture job whose deadline is ${buildDay}`).toBeDefined();
    expect(closed, `a fixture job whose deadline is before ${buildDay}`).toBeDefined();
  });

  test('lists the position on its last day everywhere, with the notice for later hidden', () => {
    const job = lastDay as Job;
    const presence = jobPresence(site, job.id, job.deadline);
    expect(presence.listedOn).toContain('/jobb/stillinger/');
    expect(presence.feeds).toContain('rss.xml');
    expect(presence).toMatchObject({
      inCalendar: true,
      calendarFile: true,
      jsonLd: true,
      searchable: true,
      saysClosed: false,
      applyLink: true,
      noticeForLater: true,
      deadlineShown: true,
    });
  });

  test('leaves the closed position out of every list, feed, calendar and search', () => {
    const job = closed as Job;
    expect(jobPresence(site, job.id, job.deadline)).toEqual(closedEverywhere);
  });
});
