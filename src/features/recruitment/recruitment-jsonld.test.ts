import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { collections } from '../../content.config';
import {
  markdownToPlainText,
  missingProperties,
  requiredProperties,
  serializeJsonLd,
} from '../../core/jsonld';
import { employerOf, jobPostingForEntry, type JobEntryLike } from './jobs/job-jsonld';
import { videoObjectForEntry, type VideoEntryLike } from './videos/video-jsonld';
import { site } from '../../site.config';

// The fixture site's entries are checked under the fixture site's configuration, and their
// references against its files (read from CONTENT_DIR when the schemas load).
const previousContentDir = vi.hoisted(() => {
  const previous = process.env['CONTENT_DIR'];
  process.env['CONTENT_DIR'] = 'tests/fixtures/site/content';
  return previous;
});
vi.mock('../../site.config', () => import('../../../tests/fixtures/site/site.config'));
afterAll(() => {
  if (previousContentDir === undefined) delete process.env['CONTENT_DIR'];
  else process.env['CONTENT_DIR'] = previousContentDir;
});

/**
 * Every published entry of a fixture site collection, parsed by its real schema, with its body.
 * Drafts are left out: the build neither checks nor builds them.
 */
function entriesOf(name: 'jobs' | 'videos'): { id: string; body: string; data: unknown }[] {
  const dir = `tests/fixtures/site/content/${name}`;
  const raw = collections[name].schema as z.ZodType | ((ctx: unknown) => z.ZodType);
  const schema = typeof raw === 'function' ? raw({ image: () => z.string() }) : raw;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
        readFileSync(`${dir}/${file}`, 'utf8'),
      );
      if (!match) throw new Error(`${dir}/${file} has no front matter.`);
      return { file, match, front: parse(match[1] ?? '') as Record<string, unknown> };
    })
    .filter(({ front }) => front['draft'] !== true)
    .map(({ file, match, front }) => ({
      id: file.replace(/\.mdx$/, ''),
      body: match[2] ?? '',
      data: schema.parse(front),
    }));
}

const jobs = entriesOf('jobs') as (JobEntryLike & { id: string })[];
const videos = entriesOf('videos') as (VideoEntryLike & { id: string })[];
const employer = employerOf(site);
const locales = ['nb', 'en'] as const;

describe('the fixture site', () => {
  it('has jobs and videos to check', () => {
    expect(jobs.length).toBeGreaterThan(0);
    expect(videos.length).toBeGreaterThan(0);
  });
});

describe.each(jobs.flatMap((job) => locales.map((locale) => [job.id, locale, job] as const)))(
  'JobPosting for job %s (%s)',
  (id, locale, job) => {
    const data = jobPostingForEntry(job, {
      pageUrl: `${site.siteUrl}/jobb/stillinger/${id}/`,
      locale,
      employer,
    });

    it('has every required property', () => {
      expect(missingProperties(data)).toEqual([]);
    });

    it('uses the forms Google reads', () => {
      expect(data['@type']).toBe('JobPosting');
      expect(data['datePosted']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data['validThrough']).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59$/);
      expect(data['hiringOrganization']).toMatchObject({
        '@type': 'Organization',
        name: site.name,
      });
      expect(data['jobLocation']).toMatchObject({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'NO' },
      });
      expect(String(data['description'])).not.toMatch(/^#/m);
    });
  },
);

describe.each(
  videos.flatMap((video) => locales.map((locale) => [video.id, locale, video] as const)),
)('VideoObject for video %s (%s)', (_id, locale, video) => {
  const data = videoObjectForEntry(video, {
    thumbnailUrl: `${site.siteUrl}/_astro/poster.jpg`,
    locale,
  });

  it('has every required property', () => {
    expect(missingProperties(data)).toEqual([]);
  });

  it('points at the privacy-enhanced embed and the watch page', () => {
    expect(data['embedUrl']).toBe(`https://www.youtube-nocookie.com/embed/${video.data.youtubeId}`);
    expect(data['contentUrl']).toBe(`https://www.youtube.com/watch?v=${video.data.youtubeId}`);
    expect(data['uploadDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data['duration']).toMatch(/^PT/);
    expect(String(data['transcript'])).toContain(
      markdownToPlainText(video.body ?? '').slice(0, 40),
    );
  });
});

describe('missingProperties', () => {
  const complete = jobPostingForEntry(jobs[0]!, {
    pageUrl: `${site.siteUrl}/jobb/stillinger/x/`,
    locale: 'nb',
    employer,
  });

  describe.each(requiredProperties.JobPosting.map((key) => [key]))('without %s', (key) => {
    it('names the property', () => {
      expect(missingProperties({ ...complete, [key]: undefined })).toEqual([key]);
    });
  });

  it('treats empty text and empty lists as missing', () => {
    expect(missingProperties({ ...complete, title: ' ', description: '' })).toEqual([
      'title',
      'description',
    ]);
    const video = videoObjectForEntry(videos[0]!, {
      thumbnailUrl: 'https://x.no/a.jpg',
      locale: 'nb',
    });
    expect(missingProperties({ ...video, thumbnailUrl: [] })).toEqual(['thumbnailUrl']);
  });

  it('refuses a type it has no list for', () => {
    expect(() => missingProperties({ '@type': 'Recipe' })).toThrow('"Recipe"');
  });
});

describe('serializeJsonLd', () => {
  it('escapes < so that content cannot close the script element', () => {
    const text = serializeJsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({
      '@type': 'Thing',
      name: '</script><script>alert(1)</script>',
    });
  });
});

describe.each([
  ['### Arbeidsoppgaver\n\n- Stell', 'Arbeidsoppgaver\n\n- Stell'],
  ['**Sykepleier:** Hei', 'Sykepleier: Hei'],
  ['Et *viktig* ord', 'Et viktig ord'],
  ['snake_case_name', 'snake_case_name'],
  ['  \n', ''],
])('markdownToPlainText(%j)', (input, expected) => {
  it(`gives ${JSON.stringify(expected)}`, () => {
    expect(markdownToPlainText(input)).toBe(expected);
  });
});
