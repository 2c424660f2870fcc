import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { parse as parseYaml } from 'yaml';
import { gotoFeedWithoutXslt } from './feed-view';
import { expect, test } from './fixtures';
import { fixtureSite, fixture } from './site';

/** The events of a parsed calendar. */
function veventsOf(data: CalendarResponse): VEvent[] {
  return Object.values(data).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/**
 * Job ads, alerts and feeds on the built fixture site (`npm run build:fixture`); the
 * expectations are computed from the same content folder and BUILD_DATE. The cards' close-soon
 * mark, the alerts' links on the profession and feeds pages, and each job's facts against its
 * structured data are checked over the built HTML in tests/static/recruitment.test.ts.
 */
const contentDir = process.env['CONTENT_DIR'] ?? 'tests/fixtures/site/content';
const buildDate = new Date(`${process.env['BUILD_DATE'] || '2026-11-24'}T00:00:00Z`);
const siteOrigin = fixture.siteUrl;

interface Job {
  id: string;
  title: string;
  profession: string;
  deadline: Date;
  example: boolean;
  /** Withdrawn at the source: closed whatever its deadline. */
  withdrawn: boolean;
}

function jobs(): Job[] {
  const dir = join(contentDir, 'jobs');
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => {
        const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'));
        return { file, data: parseYaml(front?.[1] ?? '') as Record<string, unknown> };
      })
      // A draft builds nothing.
      .filter(({ data }) => data['draft'] !== true)
      .map(({ file, data }) => {
        return {
          id: file.replace(/\.mdx?$/, ''),
          title: String(data['title']),
          profession: String(data['profession']),
          deadline: new Date(`${String(data['deadline'])}T00:00:00Z`),
          example: data['example'] === true,
          withdrawn: data['withdrawn'] !== undefined,
        };
      })
  );
}

const openJobs = () => jobs().filter((job) => !job.withdrawn && job.deadline >= buildDate);
const professions = () =>
  readdirSync(join(contentDir, 'professions')).map((file) => file.replace(/\.ya?ml$/, ''));
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
const jobUrl = (id: string) => `${siteOrigin}/jobb/stillinger/${id}/`;
/** node-ical gives a property with parameters (URL;VALUE=URI) as `{ params, val }`. */
const icalText = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'val' in value ? String(value.val) : String(value);

test('each profession feed holds exactly that profession’s open jobs', () => {
  for (const profession of professions()) {
    const xml = readFileSync(join(fixtureSite.dir, 'rss/yrke', `${profession}.xml`), 'utf8');
    const items = (parser.parse(xml).rss.channel.item ?? []) as { link: string }[];
    const expected = openJobs().filter((job) => job.profession === profession);
    expect(items.map((item) => item.link).sort(), profession).toEqual(
      expected.map((job) => jobUrl(job.id)).sort(),
    );
  }
});

test('each open job has a calendar file with its deadline, and closed jobs have none', () => {
  const files = readdirSync(join(fixtureSite.dir, 'jobb/kalender')).filter((file) =>
    file.endsWith('.ics'),
  );
  expect(files.sort()).toEqual(
    openJobs()
      .map((job) => `${job.id}.ics`)
      .sort(),
  );
  for (const job of openJobs()) {
    const events = ical.sync.parseFile(join(fixtureSite.dir, 'jobb/kalender', `${job.id}.ics`));
    const vevents = veventsOf(events);
    expect(vevents).toHaveLength(1);
    const [event] = vevents;
    if (!event) throw new Error('no event');
    expect(event.datetype).toBe('date');
    expect(event.summary).toContain(job.title);
    expect(icalText(event.url)).toBe(jobUrl(job.id));
    expect(event.dtstamp?.toISOString()).toBe(buildDate.toISOString());
  }
});

test('the subscribable calendar holds every open job’s deadline and nothing else', async ({
  request,
}) => {
  const response = await request.get('/jobb/kalender.ics');
  expect(response.headers()['content-type']).toContain('text/calendar');
  const text = await response.text();
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const events = veventsOf(ical.sync.parseICS(text));
  expect(events.map((event) => icalText(event.url)).sort()).toEqual(
    openJobs()
      .map((job) => jobUrl(job.id))
      .sort(),
  );
});

test('the jobs list can be ordered newest first', async ({ page }) => {
  await page.goto('/jobb/stillinger/');
  await page
    .getByRole('navigation', { name: 'Sorter' })
    .getByRole('link', { name: 'Nyeste først' })
    .click();
  await expect(page).toHaveURL(/\/jobb\/stillinger\/nyeste\/$/);
  await expect(page.getByRole('link', { name: 'Nyeste først' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('a feed opened without the browser’s own XSLT still shows the styled list of items', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await gotoFeedWithoutXslt(page, '/rss/stillinger.xml');
  await expect(page.locator('html')).toHaveAttribute('data-feed-view', 'script');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ledige stillinger');
  const items = page.locator('ol.items > li');
  await expect(items).toHaveCount(openJobs().length);
  if (openJobs().length > 0) {
    await expect(items.first().locator('.meta')).toContainText(
      /\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/,
    );
  }
  // The stylesheet is applied: the list has no bullets.
  expect(await page.locator('ol.items').evaluate((el) => getComputedStyle(el).listStyleType)).toBe(
    'none',
  );
  expect(errors).toEqual([]);
});

test('a feed opened with the browser’s XSLT shows dates in Norwegian', async ({ page }) => {
  await page.goto('/rss/stillinger.xml');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ledige stillinger');
  if (openJobs().length > 0) {
    await expect(page.locator('ol.items > li .meta').first()).toContainText(
      /\d{1,2}\. [a-zø]+ \d{4}/,
    );
    await expect(page.locator('ol.items')).not.toContainText('GMT');
  }
});
