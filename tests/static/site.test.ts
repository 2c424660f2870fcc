// Checks over each built test site as a whole: feeds, sitemap, CSS budget, what the example
// mark changes outside the page, and what pages say when a collection is empty.
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/pages.ts';
import { allSites, sites } from '../support/sites.ts';
import { isNoindex, jsonLdTypes } from './checks/page.ts';
import {
  checkCssBudget,
  checkEmptyCollection,
  checkExampleContent,
  checkFeeds,
  checkSitemap,
  cssBudget,
  emptyCollectionPages,
  feedIsEmpty,
  isExamplePage,
  sitemapPaths,
} from './checks/site.ts';

describe.each(allSites)('$name', (testSite) => {
  const site = builtSite(testSite);

  test('every feed is well-formed RSS with absolute links and full content', () => {
    expect(checkFeeds(site)).toEqual([]);
  });

  test('the sitemap lists built, indexable pages, and robots.txt names it', () => {
    expect(checkSitemap(site)).toEqual([]);
  });

  test(`every page loads at most ${cssBudget / 1024} KB of compressed CSS`, (context) => {
    const { problems, largest } = checkCssBudget(site);
    expect(problems).toEqual([]);
    expect(largest.bytes).toBeGreaterThan(0);
    context.annotate(`largest: ${largest.path}, ${largest.bytes} bytes`);
  });

  test('example content cannot pass for real outside the page', () => {
    expect(checkExampleContent(site)).toEqual([]);
  });

  test.each(emptyCollectionPages.map(({ feed }) => feed))(
    'where %s is empty, the pages listing its entries say so',
    (feed) => {
      if (!feedIsEmpty(site, feed)) {
        // Nothing to say on this site: the pages list the entries instead.
        expect(site.read(feed.slice(1))).toContain('<item>');
        return;
      }
      expect(checkEmptyCollection(site, feed)).toEqual([]);
    },
  );
});

test('the empty collections are checked on a site where every one is empty', () => {
  const tom = builtSite(sites.tom);
  expect(emptyCollectionPages.filter(({ feed }) => !feedIsEmpty(tom, feed))).toEqual([]);
});

/**
 * On the fixture site, the same video, job and post exist with the example mark (`-merket`) and
 * without it (`-umerket`): removing the mark is all it takes to get structured data, a sitemap
 * entry and the embed back.
 */
describe('the fixture twins with and without the example mark', () => {
  const site = builtSite(sites.fixture);
  const listed = new Set(sitemapPaths(site));
  test.each([
    { path: '/jobb/video/eksempel-video-{}/', jsonLd: 'VideoObject', control: 'data-embed-src' },
    {
      path: '/en/jobs/videos/eksempel-video-{}/',
      jsonLd: 'VideoObject',
      control: 'data-embed-src',
    },
    { path: '/jobb/stillinger/eksempel-stilling-{}/', jsonLd: 'JobPosting', control: undefined },
    { path: '/en/jobs/positions/eksempel-stilling-{}/', jsonLd: 'JobPosting', control: undefined },
    { path: '/kanaler/innlegg/eksempel-innlegg-{}/', jsonLd: undefined, control: 'data-embed-src' },
  ])('$path', ({ path, jsonLd, control }) => {
    const markedPath = path.replace('{}', 'merket');
    const unmarkedPath = path.replace('{}', 'umerket');
    const marked = site.page(markedPath);
    const unmarked = site.page(unmarkedPath);
    if (!marked || !unmarked) throw new Error(`${markedPath} or ${unmarkedPath} is not built`);
    expect(isExamplePage(marked)).toBe(true);
    expect(isExamplePage(unmarked)).toBe(false);
    expect(isNoindex(marked)).toBe(true);
    expect(isNoindex(unmarked)).toBe(false);
    expect(listed.has(markedPath)).toBe(false);
    expect(listed.has(unmarkedPath)).toBe(true);
    expect(jsonLdTypes(marked)).toEqual([]);
    if (jsonLd) expect(jsonLdTypes(unmarked)).toContain(jsonLd);
    if (control) {
      expect(marked.html).not.toContain(control);
      expect(unmarked.html).toContain(control);
    }
  });
});
