import { describe, expect, it } from 'vitest';
import { formatDuration, langIfDifferent, parseIsoDuration, pick } from './recruitment-format';

describe.each([
  ['PT2M10S', { hours: 0, minutes: 2, seconds: 10 }],
  ['PT45S', { hours: 0, minutes: 0, seconds: 45 }],
  ['PT1H5M', { hours: 1, minutes: 5, seconds: 0 }],
  ['PT', undefined],
  ['2M10S', undefined],
  ['PT2X', undefined],
])('parseIsoDuration(%s)', (input, expected) => {
  it('reads the parts or gives undefined', () => {
    expect(parseIsoDuration(input)).toEqual(expected);
  });
});

describe.each([
  ['PT2M10S', 'nb', '2 minutter og 10 sekunder'],
  ['PT2M10S', 'en', '2 minutes, 10 seconds'],
  ['PT45S', 'nb', '45 sekunder'],
] as const)('formatDuration(%s, %s)', (input, locale, expected) => {
  it(`says "${expected}"`, () => {
    expect(formatDuration(input, locale)).toBe(expected);
  });
});

describe('formatDuration with a malformed duration', () => {
  it('names the value and the expected form', () => {
    expect(() => formatDuration('2 min', 'nb')).toThrow(
      '"2 min" is not a duration such as PT2M30S',
    );
  });
});

describe.each([
  ['nb', 'Sykepleier', 'Nurse', { text: 'Sykepleier', lang: undefined }],
  ['en', 'Sykepleier', 'Nurse', { text: 'Nurse', lang: undefined }],
  ['en', 'Sykepleier', undefined, { text: 'Sykepleier', lang: 'nb' }],
] as const)('pick(%s, %s, %s)', (locale, nb, en, expected) => {
  it('gives the text in the page language, or the Norwegian marked as such', () => {
    expect(pick(locale, nb, en)).toEqual(expected);
  });
});

describe.each([
  ['nb', 'nb', undefined],
  ['en', 'nb', 'en'],
  ['nb', 'en', 'nb'],
] as const)('langIfDifferent(%s content on a %s page)', (content, page, expected) => {
  it(`is ${String(expected)}`, () => {
    expect(langIfDifferent(content, page)).toBe(expected);
  });
});
