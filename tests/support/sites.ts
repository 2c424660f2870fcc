// The sites a test run builds, each once, and every stage (Vitest's static checks, the browser
// projects, the sweep) reads. Building lives in build-sites.ts; this module only names them, so
// that a test file can import it without starting a build.
import { join, resolve } from 'node:path';

/** The repository's root folder. */
export const repo = resolve(import.meta.dirname, '../..');

/** Where every test build and its cache live. */
export const outputDir = join(repo, 'tests/.output/sites');

/** The date every test site is built as of (BUILD_DATE). */
export const buildDay = '2026-11-24';

export type SiteName = 'fixture' | 'content' | 'annenby' | 'tom';

export interface TestSite {
  /** Short name: the Playwright project's and the output folder's. */
  name: SiteName;
  /** What the site proves, for messages and the docs. */
  purpose: string;
  /** The built site, absolute, with a trailing slash. */
  dir: string;
  /** Astro's cache folder for this site's builds, never shared with another site. */
  cacheDir: string;
  /** Content folder the site is built from (CONTENT_DIR). */
  contentDir: string;
  /** Site configuration the site is built with (SITE_CONFIG). */
  siteConfig: string;
  /** The port nginx serves the built site on in the browser tests. */
  port: number;
  /** True for the fixture site, which the behaviour specs are written against. */
  fixture: boolean;
}

const basePort = Number(process.env['TEST_PORT'] ?? 4400);

function testSite(
  name: SiteName,
  index: number,
  purpose: string,
  contentDir: string,
  siteConfig: string,
): TestSite {
  const work = join(outputDir, name);
  return {
    name,
    purpose,
    dir: `${join(work, 'dist')}/`,
    // Where the build puts the cache of a build with OUT_DIR (src/build/site-variant.ts), so that
    // `npm run build` itself, unchanged, builds each test site.
    cacheDir: join(work, 'dist-cache'),
    contentDir,
    siteConfig,
    port: basePort + index,
    fixture: name === 'fixture',
  };
}

const variants = join(outputDir, 'variants');

/** Every test site by name. The two variants' content and configuration are made by the build. */
export const sites: Record<SiteName, TestSite> = {
  fixture: testSite(
    'fixture',
    0,
    'the fixture site the behaviour tests are written against',
    join(repo, 'tests/fixtures/site/content'),
    join(repo, 'tests/fixtures/site/site.config.ts'),
  ),
  content: testSite(
    'content',
    1,
    'the default content, as `npm start` builds it',
    join(repo, 'content'),
    join(repo, 'src/site.config.ts'),
  ),
  annenby: testSite(
    'annenby',
    2,
    'another municipality: the default content without jobs and posts, under another configuration',
    join(variants, 'annenby/content'),
    join(variants, 'annenby/site.config.ts'),
  ),
  tom: testSite(
    'tom',
    3,
    'the fixture site with every optional collection empty',
    join(variants, 'tom/content'),
    join(repo, 'tests/fixtures/site/site.config.ts'),
  ),
};

/** Every test site, in a fixed order. */
export const allSites: TestSite[] = Object.values(sites);
