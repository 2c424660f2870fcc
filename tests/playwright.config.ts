import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { distDir, suite } from './e2e/site';

/**
 * Playwright's own Chromium where it is installed, otherwise the system's (Debian's
 * `chromium` package), or the one named in CHROMIUM_PATH.
 */
function chromiumPath(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  if (existsSync(chromium.executablePath())) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

export const port = Number(process.env['TEST_PORT'] ?? 4399);

/**
 * Two suites, one at a time on the same port: `fixture` (default) runs every spec in `e2e/`
 * against the fixture site (`npm run build:fixture`); `TEST_SITE=content` runs only the
 * content-agnostic checks in `e2e/content/`, against `dist/` or SITE_DIR, whatever it holds.
 */
export default defineConfig({
  testDir: suite === 'content' ? './e2e/content' : './e2e',
  outputDir: './.output/results',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: process.env['CI'] ? 2 : '50%',
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
  // nginx with the shipped configuration (src/deploy/nginx.conf), so the browser tests see the
  // security headers visitors get; `astro preview` only where nginx is missing (see serve.ts).
  webServer: {
    command: `node_modules/.bin/node tests/e2e/serve.ts ${port} ${distDir}`,
    cwd: '..',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    url: `http://127.0.0.1:${port}/`,
    // Never reuse: a server left on this port may serve the other suite's site.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
