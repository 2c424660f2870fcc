import { describe, expect, it } from 'vitest';
import { listingPagePath, pageCount, pageOf, postsPerPage } from '../../src/lib/post-listing';
import { postParagraphs } from '../../src/lib/post-text';

describe.each([
  [0, 1],
  [1, 1],
  [20, 1],
  [21, 2],
  [40, 2],
  [41, 3],
])('pageCount(%i posts)', (total, expected) => {
  it(`is ${expected} page(s) of ${postsPerPage}`, () => expect(pageCount(total)).toBe(expected));
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it.each([
    [1, 0, 20],
    [2, 20, 20],
    [3, 40, 5],
  ])('page %i starts at item %i and holds %i', (page, first, length) => {
    const slice = pageOf(items, page);
    expect(slice[0]).toBe(first);
    expect(slice).toHaveLength(length);
  });
  it.each([0, 4, 1.5])('refuses page %s', (page) => {
    expect(() => pageOf(items, page)).toThrow('Expected a listing page from 1 to 3');
  });
  it('gives an empty feed one empty page', () => expect(pageOf([], 1)).toEqual([]));
});

describe.each([
  [1, '/kanaler/'],
  [2, '/kanaler/side/2/'],
  [7, '/kanaler/side/7/'],
])('listingPagePath(%i)', (page, expected) => {
  it(`is ${expected}`, () => expect(listingPagePath(page)).toBe(expected));
});

describe.each<[string | undefined, string[]]>([
  [undefined, []],
  ['\n\n  \n', []],
  ['Én linje.', ['Én linje.']],
  ['Første.\n\nAndre.\n', ['Første.', 'Andre.']],
  ['Linje 1\nLinje 2', ['Linje 1\nLinje 2']],
  ['A\r\n\r\nB', ['A', 'B']],
  ['<script>alert(1)</script>', ['<script>alert(1)</script>']],
  ['Vi \\<3 Testvik \\{ og \\}', ['Vi <3 Testvik { og }']],
  ['C:\\mappe', ['C:\\mappe']],
])('postParagraphs(%j)', (text, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(postParagraphs(text)).toEqual(expected));
});
