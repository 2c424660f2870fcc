import { LinkChecker } from 'linkinator';
import { expect, test } from '@playwright/test';
import { currentSite } from '../site';

test('every internal link and #fragment in the built site resolves', async () => {
  test.setTimeout(300_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: currentSite().dir,
    recurse: true,
    checkFragments: true,
    // Only the site's own pages: external addresses are never fetched by the tests.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => {
      const root = currentSite().dir.replace(/\/$/, '');
      const target = link.url.replace(root, '');
      const page = (link.parent ?? '?').replace(root, '') || '/';
      const reason =
        link.url.includes('#') && link.status === 200
          ? 'no element with that id'
          : `HTTP ${link.status ?? '?'}`;
      return `${target} (linked from ${page}): ${reason}`;
    });
  expect(broken).toEqual([]);
  // Even a site with every optional collection empty links its header, footer and feeds.
  expect(result.links.length).toBeGreaterThan(10);
});
