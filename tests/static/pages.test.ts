// Every built page of every test site, parsed once (tests/support/pages.ts), against each check
// that reads one page: a test per site and check, which lists every page that fails it.
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/pages.ts';
import { allSites } from '../support/sites.ts';
import {
  checkInternalLinks,
  checkJsonLd,
  checkLandmarks,
  checkLang,
  checkMeta,
  checkNoForeignLoads,
  checkOneH1,
  pageAddresses,
  type PageCheck,
} from './checks/page.ts';
import { checkSourceOverlap } from './checks/site.ts';
import { checkPlanNumbers, checkRepealedReferences } from './checks/plan.ts';

const checks: [string, PageCheck][] = [
  ['exactly one h1', checkOneH1],
  ['lang on <html>', checkLang],
  ['one main; header, footer and named nav landmarks', checkLandmarks],
  ['every internal link and #fragment resolves', checkInternalLinks],
  ['nothing loads from another host before consent', checkNoForeignLoads],
  ['title, description, canonical, Open Graph and the main feed', checkMeta],
  ['JSON-LD parses and is schema.org', checkJsonLd],
  ['no eight words in a row from the source article', checkSourceOverlap],
  ['the plan takes its numbers from its facts file', checkPlanNumbers],
  ['no reference to the repealed archive act or its terms', checkRepealedReferences],
];

describe.each(allSites)('$name: every page', (testSite) => {
  const site = builtSite(testSite);

  test.each(checks)('%s', (_name, check) => {
    expect(site.pages.flatMap((page) => check(site, page))).toEqual([]);
  });

  test('has pages, and links enough to check', () => {
    expect(site.pages.length).toBeGreaterThan(10);
    // Even a site with every optional collection empty links its header, footer and feeds.
    const addresses = site.pages.flatMap((page) => pageAddresses(page));
    expect(addresses.length).toBeGreaterThan(10 * site.pages.length);
  });
});
