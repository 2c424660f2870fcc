// Checks of a paginated list over the built HTML: its pages reached by "next", the navigation's
// links and current page, and what a later page says about itself.
import { listPage } from '../../../src/core/urls';
import type { BuiltSite } from '../../support/pages.ts';
import { links, listPages, navigation, squash } from './dom.ts';

/** A paginated list as the checks need it (tests/support/fixture-lists.ts has the fixture's). */
export interface ListExpectation {
  first: string;
  locale: 'nb' | 'en';
  /** The pagination navigation's name. */
  label: string;
  pages: number;
  /** The name of page 1 in the titles of later pages. */
  title: RegExp;
  /** Where the link to page 1 leads, when not to `first` itself. */
  firstHref?: string;
}

/** The pagination's words in each language. */
const words = {
  nb: { previous: 'Forrige side', next: 'Neste side', page: 'Side', of: 'av' },
  en: { previous: 'Previous page', next: 'Next page', page: 'Page', of: 'of' },
};

/**
 * The list has its pages, each reached by "next" from the first; the first page marks itself
 * current, has no "previous" and links page 2 as the next; page 2 marks itself (and not page 1),
 * leads back by `rel="prev"` to the first page, says "page 2 of N" in its heading, keeps the
 * list's name in its title and names itself canonical; the last page has no "next" and marks
 * its own number.
 */
export function checkList(site: BuiltSite, list: ListExpectation): string[] {
  const w = words[list.locale];
  const problems: string[] = [];
  const expected = Array.from({ length: list.pages }, (_, i) =>
    listPage(list.first, i + 1, list.locale),
  );
  let pages;
  try {
    pages = listPages(site, list.first);
  } catch (error) {
    return [(error as Error).message];
  }
  const found = pages.map((page) => page.path);
  if (found.join() !== expected.join())
    problems.push(
      `${list.first}: "next" leads through ${found.join(', ')}, not ${expected.join(', ')}`,
    );
  const [first, second] = pages;
  const last = pages.at(-1);
  if (!first || !second || !last) return [...problems, `${list.first}: fewer than two pages`];
  const at = (path: string, message: string) => problems.push(`${path}: ${message}`);

  const nav1 = navigation(first, list.label);
  if (nav1.length !== 1) at(first.path, `no navigation "${list.label}"`);
  if (links(first, `${w.page} 1`, nav1).attr('aria-current') !== 'page')
    at(first.path, `"${w.page} 1" is not marked current`);
  if (links(first, w.previous, nav1).length > 0) at(first.path, `a "${w.previous}" link`);
  if (links(first, `${w.page} 2`, nav1).attr('href') !== second.path)
    at(first.path, `"${w.page} 2" does not lead to ${second.path}`);
  if (links(first, w.next, nav1).attr('href') !== second.path)
    at(first.path, `"${w.next}" does not lead to ${second.path}`);

  const nav2 = navigation(second, list.label);
  if (links(second, `${w.page} 2`, nav2).attr('aria-current') !== 'page')
    at(second.path, `"${w.page} 2" is not marked current`);
  if (links(second, `${w.page} 1`, nav2).attr('aria-current') !== undefined)
    at(second.path, `"${w.page} 1" is marked current`);
  const previous = links(second, w.previous, nav2);
  if (previous.attr('rel') !== 'prev') at(second.path, `"${w.previous}" without rel="prev"`);
  if (previous.attr('href') !== (list.firstHref ?? list.first))
    at(second.path, `"${w.previous}" leads to ${previous.attr('href')}`);
  const heading = squash(second.$('h1').text());
  if (!new RegExp(`${w.page.toLowerCase()} 2 ${w.of} ${list.pages}$`).test(heading))
    at(
      second.path,
      `heading "${heading}" does not end "${w.page.toLowerCase()} 2 ${w.of} ${list.pages}"`,
    );
  const title = squash(second.$('head > title').text());
  if (!list.title.test(title)) at(second.path, `title "${title}" does not match ${list.title}`);
  const canonical = second.$('link[rel="canonical"]').attr('href');
  if (canonical !== undefined && !canonical.endsWith(second.path))
    at(second.path, `canonical ${canonical}`);

  const navLast = navigation(last, list.label);
  if (links(last, w.next, navLast).length > 0) at(last.path, `a "${w.next}" link on the last page`);
  if (squash(navLast.find('a[aria-current="page"]').text()) !== String(list.pages))
    at(last.path, `the last page does not mark ${list.pages} as current`);
  return problems;
}

/**
 * The numbers a pagination navigation shows, in order: a number for each page link, the text
 * of an item without a link ("…"), and '' for the other links (previous, next).
 */
export function paginationItems(site: BuiltSite, path: string, label: string): (number | string)[] {
  const page = site.page(path);
  if (!page) throw new Error(`${path}: not built`);
  return navigation(page, label)
    .find('li')
    .toArray()
    .map((item) => {
      const link = page.$(item).find('a').first();
      if (link.length === 0) return squash(page.$(item).text());
      const text = squash(link.text());
      return /^\d+$/.test(text) ? Number(text) : '';
    });
}
