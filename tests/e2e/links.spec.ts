import { LinkChecker } from 'linkinator';
import { expect, test } from '@playwright/test';
import { distDir } from './site';

test('every internal link and #fragment in the built site resolves', async () => {
  test.setTimeout(300_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    // Only the site's own pages: external addresses are never fetched by the tests.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map(
      (link) =>
        `${link.url} (on ${link.parent ?? '?'}): ${link.status ?? ''} ${link.failureDetails?.map(String).join('; ') ?? ''}`,
    );
  expect(broken).toEqual([]);
  expect(result.links.length).toBeGreaterThan(10);
});
