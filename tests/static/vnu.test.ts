// Every built HTML page of every test site is valid HTML by the W3C Nu HTML Checker, all of them
// checked in one Java run.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtSite } from '../support/pages.ts';
import { allSites } from '../support/sites.ts';
import { validateHtml } from './checks/vnu.ts';

let errors: Map<string, string[]>;

beforeAll(async () => {
  const files = allSites.flatMap((site) =>
    builtSite(site).pages.map((page) => join(site.dir, page.file)),
  );
  errors = await validateHtml(files);
}, 300_000);

describe.each(allSites)('$name', (testSite) => {
  test('every page is valid HTML', () => {
    const site = builtSite(testSite);
    expect(site.pages.length).toBeGreaterThan(0);
    const found = site.pages.flatMap((page) =>
      (errors.get(join(site.dir, page.file)) ?? []).map((error) => `${page.path}:${error}`),
    );
    expect(found).toEqual([]);
  });
});
