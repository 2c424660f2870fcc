import { describe, expect, it } from 'vitest';
import { buildDate } from './build-date';
import { fill } from './fill';
import { formatDate, isoDate, localeFromPath, useTranslations } from './i18n';
import { en } from './i18n/en';
import { nb } from './i18n/nb';
import { entryId, isContentFile } from './slugs';

describe('buildDate', () => {
  it('uses BUILD_DATE when given', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-24' }).toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });
  it('falls back to today at midnight UTC', () => {
    const today = buildDate({});
    expect(today.getUTCHours()).toBe(0);
    expect(Date.now() - today.getTime()).toBeLessThan(86_400_000);
  });
  it.each(['24.11.2026', '2026-13-01', 'tomorrow'])('rejects %s with a clear message', (value) => {
    expect(() => buildDate({ BUILD_DATE: value })).toThrow(
      /BUILD_DATE must be a date written YYYY-MM-DD/,
    );
  });
});

describe.each([
  ['brannkonstabel.yaml', 'brannkonstabel'],
  ['01-maal.mdx', '01-maal'],
  ['Brannkonstabel i Testvik.mdx', 'brannkonstabel-i-testvik'],
  ['2026/11-20-avfall.md', '2026/11-20-avfall'],
])('entryId(%s)', (path, id) => {
  it(`is ${id}`, () => expect(entryId(path)).toBe(id));
});

describe('isContentFile', () => {
  it.each([
    ['a.mdx', true],
    ['a.md', true],
    ['a.yaml', true],
    ['a.json', true],
    ['poster.png', false],
  ])('%s → %s', (path, expected) => expect(isContentFile(path)).toBe(expected));
});

describe('i18n', () => {
  it('has the same keys in both dictionaries', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });
  it('has no empty string', () => {
    for (const value of [...Object.values(nb), ...Object.values(en)])
      expect(value.trim()).not.toBe('');
  });
  it.each([
    ['/', 'nb'],
    ['/jobb/', 'nb'],
    ['/en/', 'en'],
    ['/en/jobs/', 'en'],
    ['/english/', 'nb'],
  ])('localeFromPath(%s) is %s', (path, locale) => expect(localeFromPath(path)).toBe(locale));
  it('translates and formats dates per language', () => {
    expect(useTranslations('en')('nav.home')).toBe('Home');
    const date = new Date('2026-03-03T00:00:00Z');
    expect(formatDate(date, 'nb')).toBe('3. mars 2026');
    expect(formatDate(date, 'en')).toBe('3 March 2026');
    expect(isoDate(date)).toBe('2026-03-03');
  });
});

describe.each<[string, Record<string, string | number>, string]>([
  ['Innen {time}', { time: '2 timer' }, 'Innen 2 timer'],
  ['Kapittel {n} av {total}', { n: 3, total: 9 }, 'Kapittel 3 av 9'],
  ['Uten plassholdere', { unused: 'x' }, 'Uten plassholdere'],
])('fill(%j)', (template, values, expected) => {
  it(`gives "${expected}"`, () => {
    expect(fill(template, values)).toBe(expected);
  });
});

describe('fill with a missing value', () => {
  it('throws, naming the placeholder', () => {
    expect(() => fill('Innen {time}', {})).toThrow('No value for "{time}"');
  });
});
