// The fixture site's synced entries (src/features/sync/fixture-site.test.ts keeps them equal to
// what the sync writes): a withdrawn ad says so and leaves every list, feed, calendar, the
// sitemap and the structured data; drafts build nothing. Every other check of every page runs
// over them as over the hand-written entries (pages.test.ts, site.test.ts, axe, vnu).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { builtSite } from '../support/pages.ts';
import { repo, sites } from '../support/sites.ts';
import { isNoindex, jsonLdTypes } from './checks/page.ts';

const site = builtSite(sites.fixture);
const contentDir = join(repo, 'tests/fixtures/site/content');

/** The fixture's synced entries of a collection, with their front matter. */
function synced(collection: string) {
  return readdirSync(join(contentDir, collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(contentDir, collection, name), 'utf8');
      return { id: name.replace(/\.mdx$/, ''), data: parse(text.split(/^---$/m)[1]!) };
    })
    .filter((entry) => entry.data.source);
}

const jobs = synced('jobs');
const withdrawn = jobs.filter((job) => job.data.withdrawn);
const drafts = [...jobs, ...synced('videos').map((v) => ({ ...v, video: true }))].filter(
  (entry) => entry.data.draft,
);

/** Every built file but the entry's own pages, with its text. */
const elsewhere = (id: string) =>
  [...site.files].filter(
    (file) =>
      /\.(html|xml|ics|json)$/.test(file) &&
      !file.includes(`/${id}/`) &&
      !file.startsWith('pagefind/'),
  );

describe('synced entries on the built fixture site', () => {
  test('the fixture has a withdrawn ad and drafts of both kinds', () => {
    expect(withdrawn.length).toBeGreaterThan(0);
    expect(drafts.some((d) => 'video' in d)).toBe(true);
    expect(drafts.some((d) => !('video' in d))).toBe(true);
  });

  test.each(withdrawn.map((job) => [job.id, job.data.withdrawn] as const))(
    'the withdrawn ad %s says so on its page, in both languages, and is kept from search engines',
    (id, day) => {
      for (const [path, words] of [
        [`/jobb/stillinger/${id}/`, 'Stillingen er trukket tilbake'],
        [`/en/jobs/positions/${id}/`, 'This position has been withdrawn'],
      ] as const) {
        const page = site.page(path)!;
        expect(page, path).toBeDefined();
        const alert = page.$('[role="status"]');
        expect(
          alert
            .find('h2')
            .text()
            .replace(/\u00ad/g, ''),
        ).toBe(words);
        expect(alert.find('time').attr('datetime')).toBe(day);
        expect(isNoindex(page)).toBe(true);
        expect(jsonLdTypes(page)).not.toContain('JobPosting');
        expect(page.$('main a.ds-button').length, 'no application button').toBe(0);
      }
    },
  );

  test.each(withdrawn.map((job) => [job.id] as const))(
    'the withdrawn ad %s is in no list, feed, calendar or sitemap',
    (id) => {
      const mentions = elsewhere(id).filter((file) => site.read(file).includes(id));
      expect(mentions).toEqual([]);
    },
  );

  test.each(drafts.map((entry) => [entry.id] as const))('the draft %s builds nothing', (id) => {
    expect(
      [...site.files].filter((file) => file.includes(id) && !file.startsWith('_astro/')),
    ).toEqual([]);
    expect(
      [...site.files].filter(
        (file) => /\.(html|xml|ics)$/.test(file) && site.read(file).includes(id),
      ),
    ).toEqual([]);
  });
});
