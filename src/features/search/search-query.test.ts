import { describe, expect, it } from 'vitest';
import {
  readSearchState,
  searchParams,
  statusText,
  typeLabel,
  type SearchStrings,
} from './search-query';

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

const strings: SearchStrings = {
  empty: 'Skriv inn et søkeord.',
  searching: 'Søker …',
  none: 'Ingen treff på «{query}».',
  one: 'Ett treff på «{query}».',
  many: '{count} treff på «{query}».',
  error: 'Feil',
  suggestion: 'Mente du {suggestion}?',
  section: 'Treff under «{heading}»',
  more: 'Vis flere treff',
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
