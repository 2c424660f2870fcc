import { describe, expect, it } from 'vitest';
import { durationSeconds, profileOf, rebuiltFiles } from '../bench/profile';

describe('durationSeconds', () => {
  it.each([
    ['341ms', 0.341],
    ['23.62s', 23.62],
    ['1m 3s', 63],
    ['2m', 120],
  ])('reads %s', (text, seconds) => {
    expect(durationSeconds(text)).toBeCloseTo(seconds);
  });

  it('refuses what is not a duration', () => {
    expect(() => durationSeconds('soon')).toThrow('Not an Astro duration: "soon"');
  });
});

describe('profileOf', () => {
  const log = [
    '\u001b[2m04:39:34\u001b[22m [build] Collecting build info...',
    '04:39:34 [build] ✓ Completed in 6.72s.',
    '04:40:00 [vite] ✓ built in 25.30s',
    '04:40:01 [vite] ✓ built in 700ms',
    ' generating static routes ',
    '04:40:02   ├─ /rss.xml (+1.20s) ',
    '04:40:02   ├─ /en/jobs/positions/a/index.html (+40ms) ',
    '04:40:02   ├─ /kanaler/innlegg/b/index.html (+10ms) ',
    '04:40:02   └─ /kanaler/innlegg/c/index.html (+12ms) ',
    '04:40:25 ✓ Completed in 23.62s.',
    ' generating optimized images ',
    '04:41:04 ✓ Completed in 38.73s.',
    '04:41:05 [build] ✓ Completed in 1m 30s.',
  ].join('\n');

  it('reads the phases Astro times, with the bundler runs added up', () => {
    expect(profileOf(log).phases).toEqual([
      ['set-up and content sync', 6.72],
      ['bundling (Vite)', 26],
      ['page rendering', 23.62],
      ['images (posters)', 38.73],
    ]);
  });

  it('adds up the pages by kind', () => {
    const pages = profileOf(log).pages.map(({ kind, seconds, count }) => [kind, seconds, count]);
    expect(pages).toEqual([
      ['feeds (RSS, full entry text)', 1.2, 1],
      ['English pages', 0.04, 1],
      ['post pages', expect.closeTo(0.022) as number, 2],
    ]);
  });
});

describe('rebuiltFiles', () => {
  it('counts the files a rebuild rendered and those it copied from its cache', () => {
    const log = [
      '06:42:57   ├─ /en/jobs/positions/a/index.html (restored)',
      '06:42:57   ├─ /kanaler/innlegg/b/index.html (cached)',
      '06:42:58   ├─ /rss.xml (+1.20s) ',
      '06:42:58   └─ /kanaler/side/2/index.html (+40ms) ',
      '06:43:01   ▶ /_astro/poster_Z1.avif (reused cache entry) (+4ms) (1/87)',
    ].join('\n');
    expect(rebuiltFiles(log)).toEqual({ rendered: 2, copied: 2 });
  });
});
