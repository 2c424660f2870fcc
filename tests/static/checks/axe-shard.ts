// One share of the axe run: Vitest spreads test files, not tests, over its workers, so the pages
// of every site are dealt to a few files (axe.<n>.test.ts) that run side by side, each page to
// exactly one of them, alternating so that each share has pages of every kind.
import { describe, expect, test } from 'vitest';
import { builtSite, slices } from '../../support/pages.ts';
import { allSites } from '../../support/sites.ts';
import { checkAxe } from './axe.ts';

/** Pages per test: a failure names its slice, and each test stays well under its timeout. */
const perTest = 20;

/** Declares the tests for share `index` (from 0) of `count` over every page of every site. */
export function axeShare(index: number, count: number): void {
  describe.each(allSites)('$name: axe without layout', (testSite) => {
    const site = builtSite(testSite);
    const share = site.pages.filter((_, i) => i % count === index);
    const parts = slices(share, Math.ceil(share.length / perTest));
    test.each(parts.map((pages) => [pages[0]?.path, pages.at(-1)?.path, pages] as const))(
      `share ${index + 1}/${count}: pages %s … %s`,
      async (_first, _last, pages) => {
        const violations: string[] = [];
        for (const page of pages) violations.push(...(await checkAxe(site, page)));
        expect(violations).toEqual([]);
      },
    );
  });
}
