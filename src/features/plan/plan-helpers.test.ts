import { describe, expect, it } from 'vitest';
import { describeResponseTime, formatCount, latestFollowers } from '../social/channels';
import {
  checkChapterIds,
  latestDate,
  neighbours,
  prefixIds,
  tableOfContents,
  type Heading,
} from './chapters';

const h = (depth: number, slug: string): Heading => ({ depth, slug, text: slug.toUpperCase() });

describe.each<[string, Heading[], string]>([
  ['no headings', [], ''],
  ['flat h2s', [h(2, 'a'), h(2, 'b')], 'a b'],
  ['h3s under their h2', [h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')], 'a(a1 a2) b'],
  ['h4 and deeper left out', [h(2, 'a'), h(4, 'x'), h(3, 'a1')], 'a(a1)'],
  ['an h3 before any h2 kept at the top', [h(3, 'lead'), h(2, 'a')], 'lead a'],
  ['h1 left out', [h(1, 'title'), h(2, 'a')], 'a'],
])('tableOfContents: %s', (_, headings, expected) => {
  it(`nests as "${expected}"`, () => {
    const show = (entries: ReturnType<typeof tableOfContents>): string =>
      entries.map((e) => (e.children.length ? `${e.slug}(${show(e.children)})` : e.slug)).join(' ');
    expect(show(tableOfContents(headings))).toBe(expected);
  });
});

describe.each<[number, string | undefined, string | undefined]>([
  [0, undefined, 'b'],
  [1, 'a', 'c'],
  [2, 'b', undefined],
  [-1, undefined, undefined],
])('neighbours of index %i in [a, b, c]', (index, previous, next) => {
  it(`are ${previous ?? '–'} and ${next ?? '–'}`, () => {
    const result = neighbours(['a', 'b', 'c'], index);
    expect(result.previous).toBe(previous);
    expect(result.next).toBe(next);
  });
});

describe.each<[string[], string | undefined]>([
  [[], undefined],
  [['2026-01-01'], '2026-01-01'],
  [['2025-05-01', '2026-11-02', '2026-03-01'], '2026-11-02'],
])('latestDate of %j', (dates, expected) => {
  it(`is ${expected ?? 'undefined'}`, () => {
    expect(
      latestDate(dates.map((d) => new Date(d)))
        ?.toISOString()
        .slice(0, 10),
    ).toBe(expected);
  });
});

describe.each<[string, string, string]>([
  ['a heading id', '<h3 id="svar">Svar</h3>', '<h3 id="kap-svar">Svar</h3>'],
  ['an in-page link', '<a href="#svar">Til svar</a>', '<a href="#kap-svar">Til svar</a>'],
  [
    'an external link left alone',
    '<a href="https://example.org/#x">x</a>',
    '<a href="https://example.org/#x">x</a>',
  ],
  ['a bare # left alone', '<a href="#">topp</a>', '<a href="#">topp</a>'],
  [
    'both id and href in one tag',
    '<a id="a" class="ds-link" href="#b">x</a>',
    '<a id="kap-a" class="ds-link" href="#kap-b">x</a>',
  ],
  [
    'id references',
    '<figure aria-labelledby="t1 t2"><label for="f">',
    '<figure aria-labelledby="kap-t1 kap-t2"><label for="kap-f">',
  ],
  [
    'text that looks like an attribute',
    '<p>Skriv id="x" i koden</p>',
    '<p>Skriv id="x" i koden</p>',
  ],
  ['non-ASCII ids', '<h4 id="måling">Måling</h4>', '<h4 id="kap-måling">Måling</h4>'],
])('prefixIds: %s', (_, html, expected) => {
  it('prefixes ids and the links to them', () => {
    expect(prefixIds(html, 'kap')).toBe(expected);
  });
});

const d = (date: string) => new Date(date);

describe.each<[string, { count: number; date: Date }[], number | undefined]>([
  ['none', [], undefined],
  ['one', [{ count: 13700, date: d('2015-06-01') }], 13700],
  [
    'the newest, whatever the order',
    [
      { count: 20000, date: d('2020-01-01') },
      { count: 13700, date: d('2015-06-01') },
      { count: 25000, date: d('2024-01-01') },
    ],
    25000,
  ],
])('latestFollowers: %s', (_, followers, expected) => {
  it(`is ${expected ?? 'undefined'}`, () => {
    expect(latestFollowers(followers)?.count).toBe(expected);
  });
});

/** Intl separates digits with a (narrow) no-break space; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe.each<[number, 'nb' | 'en', string]>([
  [2, 'nb', '2 timer'],
  [1, 'nb', '1 time'],
  [1.5, 'nb', '1,5 timer'],
  [0.5, 'nb', '30 minutter'],
  [24, 'nb', '1 døgn'],
  [48, 'nb', '2 døgn'],
  [36, 'nb', '36 timer'],
  [8, 'en', '8 hours'],
  [48, 'en', '2 days'],
])('describeResponseTime(%d, %s)', (hours, locale, expected) => {
  it(`is "${expected}"`, () => {
    expect(plain(describeResponseTime(hours, locale))).toBe(expected);
  });
});

describe.each([0, -2, Number.NaN])('describeResponseTime(%d)', (hours) => {
  it('throws, naming the value', () => {
    expect(() => describeResponseTime(hours)).toThrow('Expected a response time above 0 hours');
  });
});

describe.each<[number, 'nb' | 'en', string]>([
  [13700, 'nb', '13 700'],
  [999, 'nb', '999'],
  [13700, 'en', '13,700'],
])('formatCount(%d, %s)', (count, locale, expected) => {
  it(`is "${expected}"`, () => {
    expect(plain(formatCount(count, locale))).toBe(expected);
  });
});

describe.each<[string[], string | undefined]>([
  [['maal', 'kanaler'], undefined],
  [[], undefined],
  [['maal', 'utskrift'], 'content/plan/utskrift.mdx: the name "utskrift" is taken'],
])('checkChapterIds(%j)', (ids, message) => {
  it(message ? 'throws, naming the file' : 'accepts the ids', () => {
    if (message) expect(() => checkChapterIds(ids)).toThrow(message);
    else expect(() => checkChapterIds(ids)).not.toThrow();
  });
});
