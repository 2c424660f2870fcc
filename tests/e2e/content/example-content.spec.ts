import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hasNoindex } from '../../../src/core/example-content';
import { embedFor } from '../../../src/core/embeds/embeds';
import { platformIds } from '../../../src/core/embeds/platforms';
import { paths } from '../../../src/core/urls';
import { distDir, htmlFiles } from '../site';

/**
 * Checks over the built site that example content cannot pass for real outside the page, on
 * whatever entries the site was built from: every page showing the example notice is noindex,
 * absent from the sitemap, carries no JobPosting or VideoObject, and has nothing that would load
 * or link to one post or video on another platform. Every page without the notice that is not
 * noindex is in the sitemap, and open jobs and videos without it keep their structured data.
 */

const pages = htmlFiles()
  .filter((file) => file.endsWith('index.html'))
  .map((file) => ({
    path: `/${file.replace(/index\.html$/, '')}`,
    html: readFileSync(join(distDir, file), 'utf8'),
  }));

const listed = new Set(
  readdirSync(distDir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((file) =>
      [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => new URL(match[1] ?? '').pathname,
      ),
    ),
);

const jsonLdTypes = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => (JSON.parse(match[1] ?? '{}') as { '@type'?: string })['@type'],
  );

/** Links and embed addresses on the page that point at one post or video on a platform. */
const singlePostAddresses = (html: string) =>
  [...html.matchAll(/\s(?:href|src|data-embed-src)="([^"]+)"/g)]
    .map((match) => (match[1] ?? '').replaceAll('&amp;', '&'))
    .filter((url) => platformIds.some((platform) => embedFor(platform, url)));

/** One post card; a card without the example mark is the only place an embed may be. */
const postCardPattern =
  /<article class="ds-card social-card"(?:(?!<\/article>)[\s\S])*?<\/article>/g;
const postCards = (html: string) => html.match(postCardPattern) ?? [];

test('no example post card, anywhere, links to or embeds its made-up original', () => {
  for (const { path, html } of pages) {
    for (const card of postCards(html).filter((c) => c.includes('data-example-post'))) {
      expect(card, path).not.toMatch(/data-embed-src|<iframe/);
      expect(singlePostAddresses(card), path).toEqual([]);
    }
  }
});

const examplePages = pages.filter((page) => page.html.includes('data-example-notice'));

test('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const { path, html } of examplePages) {
  test(`example page ${path} cannot pass for real outside the page`, () => {
    expect(hasNoindex(html), 'noindex').toBe(true);
    expect(listed.has(path), 'listed in the sitemap').toBe(false);
    expect(jsonLdTypes(html), 'JSON-LD').toEqual([]);
    // Post cards are checked on their own (above): a post that is not an example may be listed
    // with its embed on an example page (a channel feed). The rest must load and link nothing.
    const own = html.replace(postCardPattern, '');
    expect(own, 'an embed control').not.toMatch(/data-embed-src|data-video-player|<iframe/);
    expect(singlePostAddresses(own), 'links to a single post or video').toEqual([]);
  });
}

// The lists of jobs (soonest deadline or newest first) share the job pages' address prefix.
const jobLists = new Set<string>([
  ...Object.values(paths.jobs),
  ...Object.values(paths.jobsNewest),
]);

for (const { path, html } of pages.filter((page) => !page.html.includes('data-example-notice'))) {
  if (hasNoindex(html) || jobLists.has(path)) continue;
  test(`published page ${path} is in the sitemap with its structured data`, () => {
    expect(listed.has(path), 'listed in the sitemap').toBe(true);
    if (/^\/(jobb\/video|en\/jobs\/videos)\/[^/]+\/$/.test(path)) {
      expect(jsonLdTypes(html)).toContain('VideoObject');
    }
    if (/^\/(jobb\/stillinger|en\/jobs\/positions)\/[^/]+\/$/.test(path)) {
      expect(jsonLdTypes(html)).toContain('JobPosting');
    }
  });
}

test('no JSON-LD anywhere describes an example page', () => {
  const exampleUrls = new Set(examplePages.map((page) => page.path));
  for (const { path, html } of pages) {
    for (const match of html.matchAll(
      /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g,
    )) {
      const data = JSON.parse(match[1] ?? '{}') as { url?: string };
      if (data.url)
        expect(exampleUrls.has(new URL(data.url).pathname), `${path}: ${data.url}`).toBe(false);
    }
  }
});

/**
 * On the fixture site (`CONTENT_DIR=tests/fixtures/site/content`), the same video, job and post
 * exist with the example mark (`-merket`) and without it (`-umerket`): removing the mark is all
 * it takes to get structured data, a sitemap entry and the embed back.
 */
const twins = [
  { path: '/jobb/video/eksempel-video-{}/', jsonLd: 'VideoObject', control: 'data-embed-src' },
  {
    path: '/en/jobs/videos/eksempel-video-{}/',
    jsonLd: 'VideoObject',
    control: 'data-embed-src',
  },
  { path: '/jobb/stillinger/eksempel-stilling-{}/', jsonLd: 'JobPosting', control: undefined },
  { path: '/en/jobs/positions/eksempel-stilling-{}/', jsonLd: 'JobPosting', control: undefined },
  { path: '/kanaler/innlegg/eksempel-innlegg-{}/', jsonLd: undefined, control: 'data-embed-src' },
];
const byPath = new Map(pages.map((page) => [page.path, page.html]));

test.describe('the fixture twins with and without the example mark', () => {
  test.skip(
    !byPath.has('/jobb/video/eksempel-video-umerket/'),
    'built from other content: build with CONTENT_DIR=tests/fixtures/site/content',
  );
  for (const { path, jsonLd, control } of twins) {
    test(path.replace('{}', '…'), () => {
      const marked = byPath.get(path.replace('{}', 'merket')) ?? '';
      const unmarked = byPath.get(path.replace('{}', 'umerket')) ?? '';
      expect(marked).toContain('data-example-notice');
      expect(unmarked).not.toContain('data-example-notice');
      expect(hasNoindex(marked)).toBe(true);
      expect(hasNoindex(unmarked)).toBe(false);
      expect(listed.has(path.replace('{}', 'merket'))).toBe(false);
      expect(listed.has(path.replace('{}', 'umerket'))).toBe(true);
      expect(jsonLdTypes(marked)).toEqual([]);
      if (jsonLd) expect(jsonLdTypes(unmarked)).toContain(jsonLd);
      if (control) {
        expect(marked).not.toContain(control);
        expect(unmarked).toContain(control);
      }
    });
  }
});
