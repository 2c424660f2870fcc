import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { runAstro } from '../support/astro';
import { buildSites } from '../support/build-sites';
import { closedEverywhere, jobPresence } from '../support/job-presence';
import { openSite } from '../support/pages';
import { buildDay, sites } from '../support/sites';
import { day, fixtureEntries } from './site';

/**
 * The nightly build's promise: the position that is open on its last day (the fixture site,
 * built as of that day, lists it: tests/static/deadline.test.ts) is gone from every list, feed,
 * calendar and the JSON-LD in a build as of the next day, and its page says it is closed. A
 * second build of the fixture site (from a copy of its cache), so only npm run test:full runs it.
 */
const repo = resolve(import.meta.dirname, '../..');

const lastDay = fixtureEntries<{ deadline: unknown; example?: boolean }>('jobs').find(
  (job) => !job.example && day(job.deadline) === buildDay,
);

test(
  'a build as of the day after a deadline closes the position everywhere',
  { tag: '@full' },
  async () => {
    test.setTimeout(10 * 60_000);
    expect(lastDay, `a fixture job whose deadline is ${buildDay}`).toBeDefined();
    const job = lastDay as { id: string; deadline: unknown };
    const deadline = day(job.deadline);
    const nextDay = new Date(Date.parse(`${deadline}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);

    await buildSites(['fixture']);
    const before = jobPresence(openSite('fixture', sites.fixture.dir), job.id, deadline);
    expect(before.listedOn.length, 'lists on its last day').toBeGreaterThan(0);
    expect(before.jsonLd && before.inCalendar && before.applyLink).toBe(true);

    const work = mkdtempSync(join(tmpdir(), 'site-next-day-'));
    try {
      const outDir = join(work, 'dist');
      const cacheDir = join(work, 'cache');
      if (existsSync(sites.fixture.cacheDir))
        cpSync(sites.fixture.cacheDir, cacheDir, { recursive: true });
      const script = `import { build } from 'astro';
await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, logLevel: 'error' });`;
      const run = await runAstro(
        join(repo, 'node_modules/.bin/node'),
        ['--input-type=module', '-e', script],
        {
          BUILD_DATE: nextDay,
          CONTENT_DIR: sites.fixture.contentDir,
          SITE_CONFIG: sites.fixture.siteConfig,
        },
      );
      expect(run.status, run.output).toBe(0);

      expect(jobPresence(openSite(`fixture as of ${nextDay}`, outDir), job.id, deadline)).toEqual(
        closedEverywhere,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
