// The fixture site's paginated lists over the built HTML (tests/support/fixture-lists.ts): every
// page reached by "next", the navigation's links and current page, later pages' headings,
// titles, canonical and language links, and the long list's gaps. Clicking through a list and
// how a later page looks are the browser's (tests/e2e/pagination.spec.ts).
import { describe, expect, test } from 'vitest';
import { listPage, paths } from '../../src/core/urls';
import { pageCount } from '../../src/core/pagination';
import { fixture } from '../support/fixture-content.ts';
import { lists, posts, sizes } from '../support/fixture-lists.ts';
import { builtSite } from '../support/pages.ts';
import { sites } from '../support/sites.ts';
import { links, navigation } from './checks/dom.ts';
import { checkList, paginationItems } from './checks/lists.ts';
import { sitemapPaths } from './checks/site.ts';

const site = builtSite(sites.fixture);

test('the fixture has at least two pages of every paginated list', () => {
  for (const list of lists) expect(list.pages, list.first).toBeGreaterThanOrEqual(2);
});

describe.each(lists)('$first', (list) => {
  test(`has its pages, each reached by "next", linked both ways and marked current`, () => {
    expect(checkList(site, list)).toEqual([]);
  });
});

test('later pages are in the sitemap, stay out of the search and point to their twin', () => {
  const listed = sitemapPaths(site);
  for (const list of lists) {
    const second = listPage(list.first, 2, list.locale);
    expect(listed, second).toContain(second);
    expect(site.page(second)?.html, second).not.toContain('data-pagefind-body');
  }
  const video = site.page(listPage(paths.videos.en, 2, 'en'))?.html;
  expect(video).toContain(`hreflang="nb" href="${fixture.siteUrl}${listPage(paths.videos.nb, 2)}"`);
  const job = site.page(listPage(paths.jobsNewest.nb, 2))?.html;
  expect(job).toContain(
    `hreflang="en" href="${fixture.siteUrl}${listPage(paths.jobsNewest.en, 2, 'en')}"`,
  );
});

test('a long list shows its first, last and nearby pages, with "…" for the rest', () => {
  const pages = pageCount(posts.length, sizes.posts);
  expect(pages).toBeGreaterThanOrEqual(9);
  const label = 'Sider med innlegg';
  expect(paginationItems(site, paths.channels, label)).toEqual(['', 1, 2, 3, '…', pages, '']);
  expect(paginationItems(site, paths.channelsPage(5), label)).toEqual([
    '',
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    '…',
    pages,
    '',
  ]);
  // The gap is text, not a link.
  const page5 = site.page(paths.channelsPage(5));
  if (!page5) throw new Error(`${paths.channelsPage(5)} is not built`);
  expect(links(page5, '…', navigation(page5, label))).toHaveLength(0);
});
