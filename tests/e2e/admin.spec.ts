import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The browser editor at /admin/. The editing tests run Decap's own local backend (the
 * middleware behind `npx decap-server`) in the test process, over a temporary copy of
 * tests/fixtures/cms/content, and hand the editor's requests to it; to the browser they stay
 * on the site's own origin, as they do in `astro dev`.
 */
const root = new URL('../../', import.meta.url).pathname;
const fixtureContent = join(root, 'tests/fixtures/cms/content');
const collections = ['plan', 'channels', 'professions', 'videos', 'jobs', 'posts', 'news'];

test.describe.configure({ timeout: 180_000 });

test.describe('the editor shell', () => {
  test('loads from the site, passes axe and asks no other host before log-in', async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/admin/');
    await expect(page.getByRole('button', { name: 'Logg på med GitHub' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(refused, 'requests the Content-Security-Policy refused').toEqual([]);
  });

  test('stays out of the sitemap and the search index', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain('/admin/');
    const shell = await (await request.get('/admin/')).text();
    expect(shell).not.toContain('data-pagefind-body');
  });
});

/** Runs Decap's file-system backend over `repo` on a loopback port of the test's own. */
async function startBackend(repo: string): Promise<{ url: string; server: Server }> {
  process.env['GIT_REPO_DIRECTORY'] = repo;
  const require = createRequire(join(root, 'node_modules/decap-server/package.json'));
  const express = require('express') as typeof import('express');
  const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: unknown, options?: object) => Promise<void>;
  };
  const app = express();
  await registerLocalFs(app);
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/api/v1`, server });
    });
  });
}

/** Sends the editor's backend requests (same origin, /api/v1) to the local backend. */
async function connect(page: Page, backendUrl: string): Promise<void> {
  await page.route('**/api/v1', async (route) => {
    const response = await route.fetch({ url: backendUrl });
    await route.fulfill({ response });
  });
}

test.describe('editing with the local backend', () => {
  test.describe.configure({ mode: 'serial' });
  let repo: string;
  let backend: { url: string; server: Server };

  test.beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'cms-repo-'));
    for (const name of collections) mkdirSync(join(repo, 'content', name), { recursive: true });
    cpSync(fixtureContent, join(repo, 'content'), { recursive: true });
    backend = await startBackend(repo);
  });
  test.afterAll(() => {
    backend.server.close();
    rmSync(repo, { recursive: true, force: true });
  });

  test('opens an existing video, a plan chapter and a profession and saves them byte-identical', async ({
    page,
  }) => {
    await connect(page, backend.url);
    const files = [
      ['videos', 'renholder', 'videos/renholder.mdx'],
      ['plan', 'kapittel', 'plan/kapittel.mdx'],
      ['professions', 'renholder', 'professions/renholder.yaml'],
    ] as const;
    for (const [collection, slug, file] of files) {
      const before = readFileSync(join(repo, 'content', file));
      await page.goto(`/admin/#/collections/${collection}/entries/${slug}`);
      const publish = page.getByRole('button', { name: 'Publiser', exact: true });
      await expect(publish.first()).toBeVisible({ timeout: 60_000 });
      await page.keyboard.press('Control+s');
      await page.waitForTimeout(1000);
      expect(readFileSync(join(repo, 'content', file)).equals(before), file).toBe(true);
    }
  });
});
