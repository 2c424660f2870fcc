import { describe, expect, it } from 'vitest';
import { headerFaults, onePerType, report } from './check-live';

describe('onePerType', () => {
  it('keeps the first address of each path without its last part, and no later list page', () => {
    expect(
      onePerType([
        'https://a.example/',
        'https://a.example/jobb/',
        'https://a.example/jobb/stillinger/',
        'https://a.example/jobb/stillinger/a/',
        'https://a.example/jobb/stillinger/b/',
        'https://a.example/jobb/stillinger/side/2/',
        'https://a.example/jobb/video/x/',
        'https://a.example/sok/',
      ]),
    ).toEqual([
      '/',
      '/jobb/',
      '/jobb/stillinger/',
      '/jobb/stillinger/a/',
      '/jobb/video/x/',
      '/sok/',
    ]);
  });
});

describe('headerFaults', () => {
  const expected: [string, string][] = [
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
  it.each([
    [{ 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'strict-origin-when-cross-origin' }, []],
    [{ 'X-Frame-Options': 'DENY' }, ['/x/: Referrer-Policy is missing.']],
    [
      { 'X-Frame-Options': 'SAMEORIGIN', 'Referrer-Policy': 'strict-origin-when-cross-origin' },
      ['/x/: X-Frame-Options is "SAMEORIGIN", expected "DENY".'],
    ],
  ])('%o', (headers, faults) => {
    expect(headerFaults('/x/', new Headers(headers), expected)).toEqual(faults);
  });
});

describe('report', () => {
  it('says ok per passing check, lists the faults of a failing one and counts', () => {
    const text = report(new URL('https://a.example/'), [
      { name: 'sitemap', faults: [], summary: '3 addresses answer 200' },
      { name: 'feeds', faults: ['/rss.xml answered 500, expected 200.'], summary: '' },
    ]);
    expect(text.split('\n')).toEqual([
      'check:live https://a.example/',
      '  ok    sitemap: 3 addresses answer 200',
      '  FAIL  feeds:',
      '          /rss.xml answered 500, expected 200.',
      '1 of 2 checks failed: feeds.',
    ]);
  });
});
