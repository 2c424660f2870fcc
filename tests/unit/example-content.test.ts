import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexablePage, sitemapFilterIntegration } from '../../src/build/sitemap-filter';
import {
  embedAddressFor,
  hasNoindex,
  keepOutOfSearch,
  structuredDataFor,
} from '../../src/core/example-content';
import { employerOf, jobPostingForEntry } from '../../src/features/recruitment/jobs/job-jsonld';
import { videoObjectForEntry } from '../../src/features/recruitment/videos/video-jsonld';

const job = (example: boolean) => ({
  id: 'eksempel-stilling',
  body: 'Annonsetekst.',
  data: {
    example,
    title: 'Stilling',
    summary: 'Kort om stillingen.',
    location: 'Byen',
    employmentType: 'FULL_TIME',
    posted: new Date('2026-11-01'),
    deadline: new Date('2026-12-01'),
    applicationUrl: 'https://jobb.example.org/1',
  },
});

const video = (example: boolean) => ({
  body: 'Transkripsjon.',
  data: {
    example,
    title: 'Video',
    description: 'Om videoen.',
    youtubeId: 'AAAAAAAAAAA',
    duration: 'PT1M',
    uploadDate: new Date('2026-09-01'),
    language: 'nb',
  },
});

const employer = employerOf({
  name: 'Eksempel kommune',
  siteUrl: 'https://eksempel.example.org',
  mainWebsite: 'https://www.example.org',
  county: 'Fylket',
  logo: { src: '/logo.svg' },
});

describe.each([
  { example: false, published: true },
  { example: true, published: false },
])('an entry with example: $example', ({ example, published }) => {
  it(published ? 'gets its JobPosting' : 'loses its JobPosting', () => {
    const data = structuredDataFor(job(example), () =>
      jobPostingForEntry(job(example), {
        pageUrl: 'https://eksempel.example.org/jobb/stillinger/eksempel-stilling/',
        locale: 'nb',
        employer,
      }),
    );
    expect(data?.['@type']).toBe(published ? 'JobPosting' : undefined);
  });

  it(published ? 'gets its VideoObject' : 'loses its VideoObject', () => {
    const data = structuredDataFor(video(example), () =>
      videoObjectForEntry(video(example), {
        thumbnailUrl: 'https://x.example/p.jpg',
        locale: 'nb',
      }),
    );
    expect(data?.['@type']).toBe(published ? 'VideoObject' : undefined);
  });

  it(published ? 'keeps its embed address' : 'has no embed address', () => {
    const address = 'https://www.youtube-nocookie.com/embed/AAAAAAAAAAA';
    expect(embedAddressFor(video(example), address)).toBe(published ? address : undefined);
  });

  it(published ? 'may be indexed' : 'is noindex', () => {
    expect(keepOutOfSearch(job(example))).toBe(!published);
    expect(keepOutOfSearch(job(example), true)).toBe(true);
  });
});

describe.each([
  ['<meta name="robots" content="noindex">', true],
  ["<meta content='noindex, nofollow' name='robots' />", true],
  ['<META NAME="robots" CONTENT="NOINDEX">', true],
  ['<meta name="robots" content="index, follow">', false],
  ['<meta name="description" content="noindex in a description">', false],
  ['<link rel="canonical" href="https://x.example/">', false],
])('hasNoindex(%s)', (html, expected) => {
  it(`is ${expected}`, () => {
    expect(hasNoindex(`<head>${html}</head>`)).toBe(expected);
  });
});

describe('the sitemap filter', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
  const page = (path: string, head: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), `<!doctype html><head>${head}</head>`);
  };
  page('ekte', '<link rel="canonical" href="https://x.example/ekte/">');
  page('eksempel', '<meta name="robots" content="noindex">');
  const hook = sitemapFilterIntegration().hooks['astro:config:done'] as unknown as (options: {
    config: { outDir: URL };
  }) => void;
  hook({ config: { outDir: pathToFileURL(`${dist}/`) } });

  it.each([
    ['https://x.example/ekte/', true],
    ['https://x.example/eksempel/', false],
  ])('%s in the sitemap: %s', (url, listed) => {
    expect(indexablePage(url)).toBe(listed);
  });
});
