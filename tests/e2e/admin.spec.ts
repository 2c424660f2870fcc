import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runAstro } from '../support/astro';
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
  test('loads from the site with its configuration, passes axe and asks no other host before log-in', async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    // Many hosts send .yml as application/octet-stream; the editor must not depend on it.
    await page.route('**/*.yml', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
      });
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
  const express = require('express') as () => {
    listen(port: number, host: string, ready: () => void): Server;
  };
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

/** Sends the editor's backend requests (same origin, /api/v1/) to the local backend. */
async function connect(page: Page, backendUrl: string): Promise<void> {
  await page.route('**/api/v1/', async (route) => {
    const response = await route.fetch({ url: backendUrl });
    await route.fulfill({ response });
  });
}

// Long round trips through the editor (minutes each): npm run test:full runs them.
test.describe('editing with the local backend', { tag: '@full' }, () => {
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

  /** Opens the editor once, logs in to the local backend and waits for the collections. */
  async function openEditor(page: Page): Promise<void> {
    await connect(page, backend.url);
    await page.goto('/admin/');
    await page.getByRole('button', { name: 'Logg inn' }).click({ timeout: 90_000 });
    await expect(page.getByRole('link', { name: 'Stillinger' }).first()).toBeVisible({
      timeout: 60_000,
    });
  }

  /** Opens an entry from its collection's list, as an editor would. */
  async function openEntry(page: Page, collection: string, slug: string): Promise<void> {
    await page.evaluate((hash) => (location.hash = hash), `#/collections/${collection}`);
    await page.locator(`a[href$="/collections/${collection}/entries/${slug}"]`).click();
  }

  /**
   * Turns on a switch of the form. Decap draws switches as a span with role="switch" that its
   * label's `for` points at, which is not a labelable element, so getByLabel cannot find it.
   */
  async function toggle(page: Page, label: string): Promise<void> {
    const id = await page.locator('label').filter({ hasText: label }).first().getAttribute('for');
    const control = page.locator(`[id="${id}"]`);
    await control.click();
    await expect(control).toHaveAttribute('aria-checked', 'true');
  }

  /** Publishes the open entry through the toolbar's menu. */
  async function publish(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
    await expect(page.getByRole('button', { name: 'Publisert' })).toBeVisible({ timeout: 30_000 });
  }

  /** axe's WCAG 2.1 AA violations on the page as it is, one line each with where they are. */
  async function axeViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
  }

  test('passes axe after log-in: the collections and an open job form', async ({ page }) => {
    test.setTimeout(300_000);
    const found: Record<string, string[]> = {};
    await openEditor(page);
    await page.evaluate(() => (location.hash = '#/collections/jobs'));
    await expect(page.locator('a[href$="/collections/jobs/entries/renholder-fast"]')).toBeVisible();
    found['collection list'] = await axeViolations(page);
    await openEntry(page, 'jobs', 'renholder-fast');
    await expect(page.getByLabel('Tittel', { exact: true })).not.toHaveValue('', {
      timeout: 30_000,
    });
    // The contacts list has an item, with its fold, move and remove controls.
    await expect(page.getByRole('button', { name: 'Fjern' }).first()).toBeVisible();
    found['job form'] = await axeViolations(page);
    expect(found).toEqual({ 'collection list': [], 'job form': [] });
  });

  const upload = join(root, 'tests/fixtures/site/content/posts/broytekart.png');

  /**
   * Uploads the test image in the open form's image field under `fieldLabel`, checking the
   * media dialog with axe, and gives it the alternative text.
   */
  async function uploadImage(page: Page, fieldLabel: RegExp, alt: string): Promise<string[]> {
    const field = page.locator('[class*="-ControlContainer"]', {
      has: page.locator('label', { hasText: fieldLabel }),
    });
    await field.getByRole('button', { name: /^Velg (et|et annet) bilde$/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Bilder', exact: true })).toBeVisible();
    await dialog.locator('input[type="file"]').setInputFiles(upload);
    await expect(dialog.getByText('broytekart.png')).toBeVisible({ timeout: 30_000 });
    const violations = await axeViolations(page);
    await dialog.getByRole('button', { name: 'Velg markert' }).click();
    await expect(dialog).toBeHidden();
    await field.getByLabel(/^Alternativ tekst/).fill(alt);
    return violations;
  }

  test('uploads an image through the post and video forms, beside the entry', async ({ page }) => {
    test.setTimeout(300_000);
    await openEditor(page);
    const cases = [
      ['posts', 'innlegg-01-facebook', /^Bilde/, 'Brøytekart over Testvik.'],
      ['videos', 'renholder', /^Stillbilde/, 'Tittelbilde med teksten «Renholder».'],
    ] as const;
    for (const [collection, slug, fieldLabel, alt] of cases) {
      await openEntry(page, collection, slug);
      await expect(page.getByRole('button', { name: 'Publisert' })).toBeVisible({
        timeout: 30_000,
      });
      const violations = await uploadImage(page, fieldLabel, alt);
      expect(violations, `axe in the media dialog of ${collection}`).toEqual([]);
      await publish(page);
      const text = readFileSync(join(repo, 'content', collection, `${slug}.mdx`), 'utf8');
      const image = /^(?:image|poster):\n {2}src: (.+)\n {2}alt: (.+)$/m.exec(text);
      expect(image?.slice(1), `${collection}/${slug}.mdx`).toEqual(['./broytekart.png', alt]);
      // Saved beside the entry, where the schema's image() looks for it.
      expect(readFileSync(join(repo, 'content', collection, 'broytekart.png'))).toEqual(
        readFileSync(upload),
      );
    }
  });

  test('leaves a video, a plan chapter, jobs and a profession byte-identical when opened, edited back and saved', async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await openEditor(page);
    const files = [
      ['videos', 'renholder', 'videos/renholder.mdx', 'Tittel'],
      ['plan', 'kapittel', 'plan/kapittel.mdx', 'Tittel'],
      // A range, a pay scale and a start "etter avtale"; a percentage, pay "etter avtale" and a date.
      ['jobs', 'renholder-deltid', 'jobs/renholder-deltid.mdx', 'Tittel'],
      ['jobs', 'renholder-fast', 'jobs/renholder-fast.mdx', 'Tittel'],
      ['professions', 'renholder', 'professions/renholder.yaml', 'Navn'],
    ] as const;
    for (const [collection, slug, file, label] of files) {
      const path = join(repo, 'content', file);
      const before = readFileSync(path, 'utf8');
      await openEntry(page, collection, slug);
      const field = page.getByLabel(label, { exact: true });
      // The value as the file has it; waiting for it means the entry (not the last one) is open.
      const key = label === 'Navn' ? 'name' : 'title';
      const original = new RegExp(`^${key}: (.*)$`, 'm').exec(before)?.[1] ?? '';
      await expect(field).toHaveValue(original, { timeout: 30_000 });
      // Opened and left alone, there is nothing to save.
      await expect(page.getByRole('button', { name: 'Publisert' })).toBeVisible();
      await field.fill(`${original} (endret)`);
      await publish(page);
      expect(readFileSync(path, 'utf8'), file).toContain(`${original} (endret)`);
      // Reopened, the saved version is what the editor compares with, so restoring the old
      // value is a change it will save.
      await openEntry(page, collection, slug);
      await expect(field).toHaveValue(`${original} (endret)`, { timeout: 30_000 });
      await field.clear();
      await field.fill(original);
      await expect(field).toHaveValue(original);
      await publish(page);
      expect(readFileSync(path, 'utf8'), file).toBe(before);
    }
  });

  test('creates a job through the form that passes the schema and builds into a job page', async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await openEditor(page);
    await page.evaluate(() => (location.hash = '#/collections/jobs/new'));
    await page.getByLabel('Tittel', { exact: true }).fill('Renholder til skolene');
    await page.getByLabel('Sammendrag', { exact: true }).fill('Fast stilling i renholdstjenesten.');
    await page.getByLabel('Enhet', { exact: true }).fill('Renhold');
    await page.getByLabel('Arbeidssted', { exact: true }).fill('Sarpsborg sentrum');
    await page.getByLabel('Yrke', { exact: true }).click();
    await page.getByRole('option', { name: 'Renholder' }).click();
    await page.getByLabel('Ansettelsesform', { exact: true }).click();
    await page.getByRole('option', { name: 'Fast, heltid' }).click();
    await page.getByLabel('Utlyst', { exact: true }).fill('2026-11-20');
    await page.getByLabel('Søknadsfrist', { exact: true }).fill('2027-01-15');
    await page
      .getByLabel('Lenke til søknaden', { exact: true })
      .fill('https://www.sarpsborg.com/jobb/renholder/');
    await page.getByLabel('Prosent (eller fra)', { exact: true }).fill('100');
    await toggle(page, 'Lønn etter avtale');
    // Decap adds a mark for optional fields to their labels.
    await page.getByLabel(/^Første arbeidsdag/).fill('2027-02-01');
    // Decap's Norwegian texts lack this button's, so it may read in English.
    await page.getByRole('button', { name: /^(Legg til|Add) kontaktperson$/ }).click();
    await page.getByLabel('Navn på kontaktperson', { exact: true }).fill('Kari Testesen');
    await page.getByLabel('Rolle', { exact: true }).fill('Renholdsleder');
    await page.getByLabel(/^E-post/).fill('kari.testesen@example.com');
    await publish(page);

    const file = join(repo, 'content/jobs/renholder-til-skolene.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('profession: renholder');
    expect(text).toContain('employmentType: FULL_TIME');
    // The form's switch and boxes are saved in the shapes the schema accepts.
    expect(text).toMatch(/^positionSize: 100$/m);
    expect(text).toMatch(/^pay: etter avtale$/m);
    expect(text).toMatch(/^start: "?2027-02-01"?$/m);
    expect(text).toMatch(/^contacts:\n {2}- /m);
    expect(text).toMatch(/^ {2}[- ] name: Kari Testesen$/m);
    expect(text).toMatch(/^ {2}[- ] title: Renholdsleder$/m);
    expect(text).not.toContain('byAgreement');

    // The plan fixture's component imports only resolve inside the repository, so the site is
    // built from the collections the job touches.
    const content = mkdtempSync(join(tmpdir(), 'cms-build-'));
    const out = join(content, 'dist');
    for (const name of collections) mkdirSync(join(content, name), { recursive: true });
    for (const name of ['professions', 'videos', 'jobs']) {
      cpSync(join(repo, 'content', name), join(content, name), { recursive: true });
    }
    // OUT_DIR gives the build a cache folder of its own beside it; --force: the content cache
    // would otherwise keep image paths from an earlier, deleted copy.
    const run = await runAstro('npx', ['astro', 'build', '--force'], {
      CONTENT_DIR: content,
      OUT_DIR: out,
      BUILD_DATE: '2026-11-24',
    });
    try {
      expect(run.status, run.output).toBe(0);
      const page = readFileSync(
        join(out, 'jobb/stillinger/renholder-til-skolene/index.html'),
        'utf8',
      );
      expect(page).toContain('Renholder til skolene');
      expect(page).toContain('Kari Testesen');
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
