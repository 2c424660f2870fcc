import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { paths } from '../../src/core/urls';
import { fixtureSite, fixture, fixtureEntries } from './site';

const siteOrigin = fixture.siteUrl;
const video = fixtureEntries('videos')[0]!;
const news = fixtureEntries('news')[0]!;

/** The `content` of a `<meta>` by its `property` or `name`. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`);
  return tag.exec(html)?.[1];
}

test('every page announces the main feed under the configured name and address', () => {
  const html = readFileSync(join(fixtureSite.dir, 'index.html'), 'utf8');
  expect(html).toContain(
    `<link rel="alternate" type="application/rss+xml" title="Alt nytt – ${fixture.name}" href="${siteOrigin}/rss.xml">`,
  );
  expect(meta(html, 'og:site_name')).toBe(fixture.name);
});

for (const [path, feed] of [
  ['/nyheter/', '/rss/nyheter.xml'],
  [`/nyheter/${news.id}/`, '/rss/nyheter.xml'],
  [paths.jobs.nb, '/rss/stillinger.xml'],
  [paths.videos.nb, '/rss/videoer.xml'],
  [paths.video(video.id, 'nb'), '/rss/videoer.xml'],
] as const) {
  test(`${path} announces ${feed}`, () => {
    const html = readFileSync(join(fixtureSite.dir, path, 'index.html'), 'utf8');
    expect(html).toMatch(
      new RegExp(
        `rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${siteOrigin}${feed}"`,
      ),
    );
  });
}

test('a video page offers its poster as the link preview image', () => {
  const html = readFileSync(
    join(fixtureSite.dir, paths.video(video.id, 'nb'), 'index.html'),
    'utf8',
  );
  expect(meta(html, 'og:image')).toMatch(
    new RegExp(`^${siteOrigin.replace(/\./g, '\\.')}/_astro/.+\\.jpe?g$`),
  );
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
});
