import { readdirSync, readFileSync } from 'node:fs';
import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { deadlineCalendar, deadlineUid } from './icalendar';
import { deadlineEvents, jobsOfProfession, type AlertJob } from './job-alerts';
import { isOpen } from '../../../core/content/collections';
import { missingProperties } from '../../../core/jsonld';
import {
  employerOf,
  factProperties,
  jobPostingForEntry,
  recommendedJobProperties,
  type JobEntryLike,
} from './job-jsonld';
import { jobFactRows, byAgreement, type JobFactsInput } from './job-facts';
import { useTranslations } from '../../../core/i18n';
import { site } from '../../../site.config';

// The fixture jobs apply through the fixture site's application system.
vi.mock('../../../site.config', () => import('../../../../tests/fixtures/site/site.config'));

/** The events of a parsed calendar. */
function veventsOf(data: CalendarResponse): VEvent[] {
  return Object.values(data).filter((c): c is VEvent => c?.type === 'VEVENT');
}

const fixtureDir = 'tests/fixtures/site/content';
const buildDate = new Date('2026-11-24T00:00:00Z');

type FixtureJob = JobEntryLike & {
  id: string;
  data: JobEntryLike['data'] & JobFactsInput & { example: boolean; profession: { id: string } };
};
let jobs: FixtureJob[] = [];

beforeAll(async () => {
  // The schema checks references against the folder the build reads, so point it at the fixtures.
  process.env['CONTENT_DIR'] = fixtureDir;
  const { collections } = await import('../../../content.config');
  const schema = collections.jobs.schema as z.ZodType;
  jobs = readdirSync(`${fixtureDir}/jobs`)
    .filter((file) => file.startsWith('stilling-') && file.endsWith('.mdx'))
    .map((file) => {
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
        readFileSync(`${fixtureDir}/jobs/${file}`, 'utf8'),
      );
      if (!match) throw new Error(`${file} has no front matter.`);
      const data = schema.parse(parse(match[1] ?? '')) as FixtureJob['data'];
      return { id: file.replace(/\.mdx$/, ''), body: match[2] ?? '', data };
    });
});

const openFixtureJobs = () => jobs.filter((job) => isOpen(job, buildDate) && !job.data.example);

describe('JobPosting for every open, non-example fixture job', () => {
  it('has fixture jobs to check, open and closed', () => {
    expect(openFixtureJobs().length).toBeGreaterThanOrEqual(2);
    expect(jobs.some((job) => !isOpen(job, buildDate))).toBe(true);
  });

  it.each(['nb', 'en'] as const)(
    'has Google’s required, recommended and fact properties (%s)',
    (locale) => {
      const t = useTranslations(locale);
      for (const job of openFixtureJobs()) {
        const data = jobPostingForEntry(job, {
          pageUrl: `${site.siteUrl}/jobb/stillinger/${job.id}/`,
          locale,
          employer: employerOf(site),
        });
        expect(missingProperties(data), job.id).toEqual([]);
        const payGiven = job.data.pay !== byAgreement && job.data.pay.min !== undefined;
        for (const key of recommendedJobProperties) {
          if (key === 'baseSalary' && !payGiven) {
            expect(data[key], `${job.id}: no baseSalary for pay by agreement`).toBeUndefined();
          } else {
            expect(data[key], `${job.id}: ${key}`).toBeDefined();
          }
        }
        for (const key of factProperties) {
          if (key === 'jobStartDate' && job.data.start === byAgreement) continue;
          expect(data[key], `${job.id}: ${key}`).toBeDefined();
        }
        expect(data['totalJobOpenings']).toBe(job.data.positions);

        // Every value the structured data states is also in the page's fact list.
        const visible = jobFactRows(job.data, locale, t)
          .flatMap((row) => row.items.flat().map((part) => part.text))
          .join(' | ');
        for (const contact of job.data.contacts) {
          expect(visible).toContain(contact.name);
          if (contact.phone) expect(visible).toContain(contact.phone);
          if (contact.email) expect(visible).toContain(contact.email);
        }
        expect(visible).toContain(String(data['workHours']));
        if (job.data.reference) expect(visible).toContain(job.data.reference);
        const salary = data['baseSalary'] as
          { value: { minValue?: number; value?: number } } | undefined;
        const amount = salary?.value.minValue ?? salary?.value.value;
        if (amount !== undefined) {
          const grouped = new Intl.NumberFormat(locale === 'nb' ? 'nb-NO' : 'en-GB').format(amount);
          expect(visible).toContain(grouped);
        }
      }
    },
  );
});

describe('the profession feeds and the deadline calendars', () => {
  const summary = (title: string) => `Søknadsfrist: ${title}`;
  const options = { site: site.siteUrl, path: (id: string) => `/jobb/stillinger/${id}/`, summary };

  it('a profession holds exactly its open jobs', () => {
    const professions = new Set(jobs.map((job) => job.data.profession.id));
    for (const profession of professions) {
      const expected = jobs
        .filter((job) => job.data.profession.id === profession && isOpen(job, buildDate))
        .map((job) => job.id)
        .sort();
      expect(
        jobsOfProfession(openFixtureJobs(), profession)
          .map((job) => job.id)
          .sort(),
      ).toEqual(expected);
    }
  });

  it('the calendar parses and holds one all-day event per open job, on its deadline', () => {
    const open = openFixtureJobs();
    const text = deadlineCalendar(deadlineEvents(open as AlertJob[], options), {
      name: 'Søknadsfrister – Testvik kommune',
      host: 'testvik.example',
      stamp: buildDate,
      organisation: site.name,
    });
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n') || lines.at(-1) === 'END:VCALENDAR').toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);

    const parsed = veventsOf(ical.sync.parseICS(text));
    expect(parsed.map((e) => e.uid).sort()).toEqual(
      open.map((job) => deadlineUid(job.id, 'testvik.example')).sort(),
    );
    for (const event of parsed) {
      const job = open.find((j) => deadlineUid(j.id, 'testvik.example') === event.uid);
      expect(event.datetype).toBe('date');
      expect(event.summary).toBe(summary(job?.data.title ?? ''));
      expect(event.dtstamp?.toISOString()).toBe(buildDate.toISOString());
    }
  });

  it.each([
    ['a comma, a semicolon; and a "quote"', 'a comma\\, a semicolon\\; and a "quote"'],
    ['æøå '.repeat(40).trim(), null],
  ])('escapes and folds "%s"', (title, escaped) => {
    const text = deadlineCalendar(
      [
        {
          id: 'x',
          summary: title,
          deadline: buildDate,
          url: 'https://example.org/',
          description: 'd',
        },
      ],
      { name: 'n', host: 'example.org', stamp: buildDate, organisation: 'o' },
    );
    if (escaped) expect(text).toContain(`SUMMARY:${escaped}`);
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const [event] = veventsOf(ical.sync.parseICS(text));
    expect(event?.summary).toBe(title);
  });
});
