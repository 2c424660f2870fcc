// Reusing the site takes the configuration and content/ alone (README: "Reusing the site"): the
// fixture site, built with Testvik's configuration and content, must not name the municipality
// the default configuration names.
import { describe, expect, test } from 'vitest';
import { site as defaultSite } from '../../src/site.config.ts';
import { site as fixtureSite } from '../fixtures/site/site.config.ts';
import { builtSite } from '../support/pages.ts';
import { sites } from '../support/sites.ts';
import { checkNameNowhere } from './checks/municipality.ts';

describe.each([sites.fixture, sites.tom])('$name', (testSite) => {
  test(`names the municipality of its own configuration, not "${defaultSite.shortName}"`, () => {
    expect(fixtureSite.shortName).not.toBe(defaultSite.shortName);
    const built = builtSite(testSite);
    expect(built.page('/')?.html).toContain(fixtureSite.name);
    expect(checkNameNowhere(built, defaultSite.shortName)).toEqual([]);
  });
});
