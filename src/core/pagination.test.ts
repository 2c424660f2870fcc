import { describe, expect, it } from 'vitest';
import {
  checkReservedIds,
  defaultPageSizes,
  laterPages,
  pageCount,
  pageCrumbs,
  pageOf,
  pageTitle,
  pageWindow,
  resolvePageSizes,
  reservedIds,
  type PageLink,
} from './pagination';
import { listPage } from './urls';

describe.each([
  [0, 20, 1],
  [1, 20, 1],
  [20, 20, 1],
  [21, 20, 2],
  [40, 20, 2],
  [41, 20, 3],
  [10_000, 24, 417],
])('pageCount(%i items, %i a page)', (total, perPage, expected) => {
  it(`is ${expected}`, () => expect(pageCount(total, perPage)).toBe(expected));
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it.each([
    [1, 0, 20],
    [2, 20, 20],
    [3, 40, 5],
  ])('page %i starts at item %i and holds %i', (page, first, length) => {
    const slice = pageOf(items, page, 20);
    expect(slice[0]).toBe(first);
    expect(slice).toHaveLength(length);
  });
  it.each([0, 4, 1.5])('refuses page %s', (page) => {
    expect(() => pageOf(items, page, 20)).toThrow('Expected a listing page from 1 to 3');
  });
  it('gives an empty list one empty page', () => expect(pageOf([], 1, 20)).toEqual([]));
});

describe.each<[number, number, PageLink[]]>([
  [1, 1, [1]],
  [1, 2, [1, 2]],
  [2, 2, [1, 2]],
  [1, 5, [1, 2, 3, 4, 5]],
  [1, 6, [1, 2, 3, 'gap', 6]],
  [6, 6, [1, 'gap', 4, 5, 6]],
  [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  [5, 10, [1, 2, 3, 4, 5, 6, 7, 'gap', 10]],
  [6, 10, [1, 'gap', 4, 5, 6, 7, 8, 9, 10]],
  [5, 11, [1, 2, 3, 4, 5, 6, 7, 'gap', 11]],
  [200, 417, [1, 'gap', 198, 199, 200, 201, 202, 'gap', 417]],
  [417, 417, [1, 'gap', 415, 416, 417]],
])('pageWindow(page %i of %i)', (current, last, expected) => {
  it(`is ${expected.join(' ')}`, () => expect(pageWindow(current, last)).toEqual(expected));
  it('holds the first, the last and the current page, each once, in order', () => {
    const numbers = pageWindow(current, last).filter((n) => n !== 'gap');
    expect(numbers).toContain(1);
    expect(numbers).toContain(last);
    expect(numbers).toContain(current);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  });
});

describe('pageTitle', () => {
  it.each<['nb' | 'en', number, number, string]>([
    ['nb', 1, 7, 'Nyheter'],
    ['nb', 2, 7, 'Nyheter – side 2 av 7'],
    ['en', 7, 7, 'Nyheter – page 7 of 7'],
  ])('in %s, page %i of %i is "%s"', (locale, page, pages, expected) =>
    expect(pageTitle(locale, 'Nyheter', page, pages)).toBe(expected),
  );
});

describe('pageCrumbs', () => {
  it('gives no crumb on page 1', () => expect(pageCrumbs('nb', 1, '/nyheter/')).toEqual([]));
  it.each<['nb' | 'en', string]>([
    ['nb', 'Side 3'],
    ['en', 'Page 3'],
  ])('in %s, page 3 is "%s" at its address', (locale, label) =>
    expect(pageCrumbs(locale, 3, '/nyheter/side/3/')).toEqual([
      { href: '/nyheter/side/3/', label },
    ]),
  );
});

describe('laterPages', () => {
  it.each<[number, number, number[][]]>([
    [0, 2, []],
    [2, 2, []],
    [3, 2, [[2]]],
    [7, 3, [[3, 4, 5], [6]]],
  ])('splits %i items at %i a page into the pages after the first', (total, perPage, expected) => {
    const items = Array.from({ length: total }, (_, i) => i);
    const pages = laterPages(items, perPage);
    expect(pages.map((page) => page.items)).toEqual(expected);
    expect(pages.map((page) => page.page)).toEqual(expected.map((_, i) => i + 2));
    for (const page of pages) expect(page.pages).toBe(expected.length + 1);
  });
});

describe.each([
  ['/nyheter/', 1, 'nb', '/nyheter/'],
  ['/nyheter/', 2, 'nb', '/nyheter/side/2/'],
  ['/jobb/stillinger/nyeste/', 3, 'nb', '/jobb/stillinger/nyeste/side/3/'],
  ['/en/jobs/videos/', 1, 'en', '/en/jobs/videos/'],
  ['/en/jobs/positions/newest/', 4, 'en', '/en/jobs/positions/newest/page/4/'],
  ['/en/jobs/professions/nurse/', 2, 'en', '/en/jobs/professions/nurse/page/2/'],
] as const)('listPage(%s, %i, %s)', (first, page, locale, expected) => {
  it(`is ${expected}`, () => expect(listPage(first, page, locale)).toBe(expected));
});

describe('resolvePageSizes', () => {
  it.each<[Record<string, unknown> | undefined, Record<string, number>]>([
    [undefined, {}],
    [{}, {}],
    [{ news: 5 }, { news: 5 }],
    [
      { posts: 1, jobs: 100, videos: undefined },
      { posts: 1, jobs: 100 },
    ],
  ])('takes %j over the defaults', (given, changed) => {
    expect(resolvePageSizes(given, 'site.config.ts')).toEqual({ ...defaultPageSizes, ...changed });
  });
  it.each<[Record<string, unknown>, string]>([
    [{ news: 0 }, 'site.config.ts: pageSizes.news is 0; expected a whole number'],
    [{ jobs: -3 }, 'site.config.ts: pageSizes.jobs is -3; expected a whole number'],
    [{ videos: 2.5 }, 'site.config.ts: pageSizes.videos is 2.5; expected a whole number'],
    [{ posts: '20' }, 'site.config.ts: pageSizes.posts is "20"; expected a whole number'],
    [{ post: 20 }, 'site.config.ts: pageSizes.post is not a list that has pages; expected one of'],
  ])('refuses %j, naming the file and the field', (given, message) => {
    expect(() => resolvePageSizes(given, 'site.config.ts')).toThrow(message);
  });
});

describe.each(Object.entries(reservedIds) as [keyof typeof reservedIds, readonly string[]][])(
  'checkReservedIds(%s)',
  (collection, reserved) => {
    it.each(reserved)('refuses an entry with the id "%s", naming its file', (id) => {
      const file = `content/${collection}/${id}.mdx`;
      expect(() => checkReservedIds(collection, [{ id: 'fine' }, { id, filePath: file }])).toThrow(
        `${file}: the id "${id}" is taken by an address of the site's lists; expected another file name`,
      );
    });
    it('names every refused entry, also without a file path', () => {
      const entries = reserved.map((id) => ({ id }));
      expect(() => checkReservedIds(collection, entries)).toThrow(
        reserved.map((id) => `content/${collection}/${id}: the id "${id}"`)[0],
      );
    });
    it('accepts other ids', () => {
      expect(() =>
        checkReservedIds(collection, [{ id: 'sykepleier' }, { id: 'side-2' }]),
      ).not.toThrow();
    });
  },
);

it('reserves the pages segment of both languages where a list has later pages', () => {
  expect(reservedIds.news).toContain('side');
  expect(reservedIds.videos).toEqual(expect.arrayContaining(['side', 'page']));
  expect(reservedIds.jobs).toEqual(expect.arrayContaining(['side', 'page', 'nyeste', 'newest']));
  expect(reservedIds.channels).toEqual(expect.arrayContaining(['side', 'innlegg']));
});
