import { stemmer } from '@orama/stemmers/norwegian';
import { describe, expect, it } from 'vitest';
import {
  queryForIndex,
  readSearchState,
  searchParams,
  statusText,
  typeLabel,
  type SearchStrings,
} from '../../src/lib/search-query';

describe.each([
  ['q=renholder', { query: 'renholder', filters: {} }],
  ['q=+video+&type=video', { query: 'video', filters: { type: 'video' } }],
  [
    'q=jobb&type=job&profession=Sykepleier&channel=',
    { query: 'jobb', filters: { type: 'job', profession: 'Sykepleier' } },
  ],
  ['type=news&unknown=1', { query: '', filters: { type: 'news' } }],
  ['', { query: '', filters: {} }],
])('readSearchState(%j)', (search, expected) => {
  it('reads the words and the known filters', () => {
    expect(readSearchState(new URLSearchParams(search))).toEqual(expected);
  });
  it('writes the same search back into an address', () => {
    const again = readSearchState(searchParams(readSearchState(new URLSearchParams(search))));
    expect(again).toEqual(expected);
  });
});

describe.each([
  // Snowball gives the plural the stem "sykepleier" and the singular "sykeplei"; stemming
  // the query once more makes both end up at "sykeplei", which every form starts with.
  ['sykepleiere', 'sykepleier'],
  ['Sykepleier', 'sykeplei'],
  ['lærere i barnehagen', 'lærer i barnehag'],
  ['stillinger', 'stilling'],
  ['25–45', '25–45'],
])('queryForIndex(%j) with the Norwegian stemmer', (query, expected) => {
  it(`gives ${expected}`, () => expect(queryForIndex(query, stemmer)).toBe(expected));
});

describe('queryForIndex without a stemmer', () => {
  it('leaves English words to Pagefind', () =>
    expect(queryForIndex('nurses', undefined)).toBe('nurses'));
});

const strings: SearchStrings = {
  empty: 'Skriv inn et søkeord.',
  searching: 'Søker …',
  none: 'Ingen treff på «{query}».',
  one: 'Ett treff på «{query}».',
  many: '{count} treff på «{query}».',
  error: 'Feil',
  types: { news: 'Nyhet' },
};

describe.each([
  [0, 'Ingen treff på «x».'],
  [1, 'Ett treff på «x».'],
  [12, '12 treff på «x».'],
])('statusText with %i results', (count, expected) => {
  it(`says ${expected}`, () => expect(statusText(strings, count, 'x')).toBe(expected));
});

describe('typeLabel', () => {
  it.each([
    ['news', 'Nyhet'],
    ['other', 'other'],
    [undefined, ''],
  ])('labels %j as %j', (type, expected) => expect(typeLabel(strings, type)).toBe(expected));
});
