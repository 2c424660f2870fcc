import { describe, expect, it } from 'vitest';
import {
  allOf,
  anyOf,
  closestWord,
  compoundSplits,
  editDistance,
  expand,
  queryWords,
  ranked,
  shardFileName,
  shardKey,
  spellings,
  type VocabularyShard,
} from './search-expand';

const shard: VocabularyShard = {
  words: ['sykehjem', 'sykepleier', 'sykepleiere'],
  groups: [[['sykepleieren', 'sykepleierne'], ['sykepleier'], ['sykepleierstillinger']]],
};

describe.each([
  ['Sykepleier  natt', ['sykepleier', 'natt']],
  ['«tømming»?', ['tømming']],
  ['25–45 år', ['25', '45', 'år']],
  ['', []],
])('queryWords(%j)', (query, words) => {
  it(`gives ${JSON.stringify(words)}`, () => expect(queryWords(query)).toEqual(words));
});

describe.each([
  ['sykepleier', 'sy', '37-3d.json'],
  ['øl', 'øl', '6w-30.json'],
  ['å', 'å', '6d.json'],
])('shardKey(%j)', (word, key, file) => {
  it(`is ${key}, in ${file}`, () => {
    expect(shardKey(word)).toBe(key);
    expect(shardFileName(key)).toBe(file);
  });
});

describe.each([
  ['barnehagelaerer', ['barnehagelaerer', 'barnehagelærer']],
  ['toemming', ['toemming', 'tømming']],
  ['kommunikasjonsraadgiver', ['kommunikasjonsraadgiver', 'kommunikasjonsrådgiver']],
  ['sykepleier', ['sykepleier']],
])('spellings(%j)', (word, expected) => {
  it(`gives ${JSON.stringify(expected)}`, () => expect(spellings(word)).toEqual(expected));
});

describe.each([
  ['sykepleierne', { same: ['sykepleier'], compounds: ['sykepleierstillinger'] }],
  ['sykepleieren', { same: ['sykepleier'], compounds: ['sykepleierstillinger'] }],
  ['sykehjem', { same: ['sykehjem'], compounds: [] }],
  ['sykdom', undefined],
])('expand(%j)', (word, expected) => {
  it('reads the shard', () => expect(expand(word, shard)).toEqual(expected));
});

describe.each([
  [
    'sykepleierstilling',
    [
      ['sykepleier', 'stilling'],
      ['sykepleier', 'tilling'],
    ],
  ],
  // A linking -s- between the parts.
  [
    'sykehjemstjeneste',
    [
      ['sykehjem', 'stjeneste'],
      ['sykehjem', 'tjeneste'],
    ],
  ],
  ['sykdom', []],
])('compoundSplits(%j)', (word, splits) => {
  it(`gives ${JSON.stringify(splits)}`, () => expect(compoundSplits(word, shard)).toEqual(splits));
});

describe.each([
  ['sykepleier', 'sykepleier', 0],
  ['sykepeleier', 'sykepleier', 1],
  ['sykeplieer', 'sykepleier', 1],
  ['kindergarden', 'kindergarten', 1],
  ['abc', 'xyz', 3],
])('editDistance(%j, %j)', (a, b, distance) => {
  it(`is ${distance}`, () => expect(editDistance(a, b)).toBe(distance));
});

describe.each([
  ['sykepeleier', 'sykepleier'],
  ['sykeplaier', 'sykepleier'],
  ['sykehjen', 'sykehjem'],
  ['sykepleier', undefined],
  ['sykkel', undefined],
])('closestWord(%j)', (word, expected) => {
  it(`suggests ${String(expected)}`, () => expect(closestWord(word, shard)).toBe(expected));
});

describe('combining scores', () => {
  const a = new Map([
    ['p1', 1],
    ['p2', 0.5],
  ]);
  const b = new Map([
    ['p2', 1],
    ['p3', 1],
  ]);
  it('anyOf keeps each page at its best weighted score', () =>
    expect(
      anyOf([
        { scores: a, weight: 1 },
        { scores: b, weight: 0.6 },
      ]),
    ).toEqual(
      new Map([
        ['p1', 1],
        ['p2', 0.6],
        ['p3', 0.6],
      ]),
    ));
  it('allOf keeps pages in every map, with the sum', () =>
    expect(allOf([a, b])).toEqual(new Map([['p2', 1.5]])));
  it('allOf of nothing is nothing', () => expect(allOf([])).toEqual(new Map()));
  it('ranked orders by falling score', () =>
    expect(
      ranked(
        new Map([
          ['p1', 0.2],
          ['p2', 0.9],
          ['p3', 0.5],
        ]),
      ),
    ).toEqual(['p2', 'p3', 'p1']));
});
