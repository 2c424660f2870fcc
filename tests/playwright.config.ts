import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, defineConfig, devices, type Project } from '@playwright/test';
import { allSites, type TestSite } from './support/sites';

/**
 * Playwright's own Chromium where it is installed, otherwise the system's (Debian's
 * `chromium` package), or the one named in CHROMIUM_PATH.
 */
function chromiumPath(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  if (existsSync(chromium.executablePath())) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

// nginx needs a folder to serve, and a site missing its build would only show as a server that
// never answers.
const unbuilt = allSites.filter((site) => !existsSync(join(site.dir, 'index.html')));
if (unbuilt.length > 0) {
  throw new Error(
    `Not built: ${unbuilt.map((site) => site.name).join(', ')}. Build the test sites first: npm run build:sites`,
  );
}

const origin = (site: TestSite) => `http://127.0.0.1:${site.port}`;

/** Leaves out the tests declared for another site (see forEachSite in e2e/site.ts). */
const otherSites = (site: TestSite) => new RegExp(`@site:(?!${site.name}\\b)`);

/**
 * Tests tagged @full run only in npm run test:full: the long rebuild and editor tests, and the
 * page types and states a variant site leaves to the sweep (content/page-types.spec.ts).
 */
const full = /@full\b/;
/** The sweep's own tests, one per page (sweep/pages.spec.ts). */
const sweepTag = /@sweep\b/;

/** Behaviour specs, written against the fixture site (the phone layout's in a folder of their own). */
const behaviour = /e2e\/(phone\/)?[^/]+\.spec\.ts$/;
/** Checks that hold on any content, run on every site. */
const anyContent = /e2e\/content\/[^/]+\.spec\.ts$/;
/** The browser sweep over every page of every site. */
const sweep = /e2e\/sweep\/[^/]+\.spec\.ts$/;

/**
 * One project per test site for the fast suite (npm test): the behaviour specs in the fixture
 * site's, the checks that hold on any content in each. `sweep-<site>` projects (axe on every page,
 * and the page types a variant leaves to test:full) and `full` (the long rebuild and editor
 * tests) are npm run test:full's.
 */
const projects: Project[] = [
  ...allSites.map((site) => ({
    name: site.name,
    testMatch: site.fixture ? [behaviour, anyContent] : [anyContent],
    grepInvert: [otherSites(site), full],
    use: { baseURL: origin(site) },
  })),
  ...allSites.map((site) => ({
    name: `sweep-${site.name}`,
    testMatch: [sweep, anyContent],
    grep: [sweepTag, full],
    grepInvert: [otherSites(site)],
    use: { baseURL: origin(site) },
  })),
  {
    name: 'full',
    testMatch: [behaviour],
    grep: full,
    use: { baseURL: origin(allSites.find((site) => site.fixture) as TestSite) },
  },
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // A worker is a browser: one per core keeps both cores of a test machine busy without
  // making every page wait for a third.
  workers: '100%',
  reporter: 'list',
  timeout: 60_000,
  projects,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromiumPath() ? { executablePath: chromiumPath() as string } : {}),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Each site served by nginx with the shipped configuration (src/deploy/nginx.conf), so the
  // browser tests see the security headers visitors get; `astro preview` only where nginx is
  // missing (see serve.ts).
  webServer: allSites.map((site) => ({
    command: `node_modules/.bin/node tests/e2e/serve.ts ${site.port} ${site.dir}`,
    cwd: '..',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    url: `${origin(site)}/`,
    // Never reuse: a server left on this port may serve another build.
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
