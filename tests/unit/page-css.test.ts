import { describe, expect, it } from 'vitest';
import { readCustomProperties } from '../../src/build/css-custom-properties';
import { gzipLevel, gzipSize, linkedStylesheets } from '../support/page-css';

describe.each([
  ['no link', '<p>Hei</p>', []],
  [
    'shared and page sheets in order',
    '<link rel="stylesheet" href="/brand.css"><link href="/_astro/a.css" rel="stylesheet">',
    ['/brand.css', '/_astro/a.css'],
  ],
  [
    'a repeated sheet once',
    '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><link rel="stylesheet" href="/a.css">',
    ['/a.css', '/b.css'],
  ],
  [
    'no other kind of link',
    '<link rel="icon" href="/favicon.svg"><link rel="alternate" href="/rss.xml"><link rel="preload" href="/a.css">',
    [],
  ],
  [
    'rel in capitals among other words',
    '<link rel="Alternate StyleSheet" href="/x.css">',
    ['/x.css'],
  ],
  ['a sheet without an address', '<link rel="stylesheet">', []],
])('linkedStylesheets: %s', (_name, html, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(linkedStylesheets(html)).toEqual(expected));
});

describe.each([
  ['the level set', 'server {\n    gzip on;\n    gzip_comp_level 6;\n}', 6],
  ['nginx default when unset', 'server {\n    gzip on;\n}', 1],
  ['a commented-out level ignored', '    # gzip_comp_level 9;\n', 1],
])('gzipLevel: %s', (_name, conf, expected) => {
  it(`is ${expected}`, () => expect(gzipLevel(conf)).toBe(expected));
});

describe('gzipSize', () => {
  const css = '.a{color:red}'.repeat(200);
  it('is far below the raw size for repetitive CSS', () => {
    expect(gzipSize(css, 6)).toBeLessThan(css.length / 10);
  });
  it('is not larger at a higher level', () => {
    expect(gzipSize(css, 9)).toBeLessThanOrEqual(gzipSize(css, 1));
  });
});

describe.each([
  ['none', '.a { color: red }', []],
  ['one', '.a { color: var(--ds-color-text-default) }', ['--ds-color-text-default']],
  ['a fallback that reads another', '.a { margin: var( --x, var(--y-1) ) }', ['--x', '--y-1']],
  ['a definition alone is no read', ':root { --unused: 1px }', []],
  [
    'in a component style block',
    '<style>mark { background: var(--ds-color-warning-surface-tinted); }</style>',
    ['--ds-color-warning-surface-tinted'],
  ],
])('readCustomProperties: %s', (_name, text, expected) => {
  it(`is ${JSON.stringify(expected)}`, () =>
    expect([...readCustomProperties(text)].sort()).toEqual(expected));
});
