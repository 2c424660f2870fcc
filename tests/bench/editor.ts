// Measures the two candidate browser editors on this site: Decap CMS (decap-cms, the one /admin/
// ships) and Sveltia CMS (@sveltia/cms), each with the site's own configuration and file formats
// (src/features/editor/) over the editor fixtures (tests/fixtures/cms/content), in Chromium with
// its CPU slowed down like a phone's. For each: the bytes the browser loads until the job form is
// editable (as served, and as gzip and brotli would send them), the time from opening /admin/ to
// an editable job form, axe's WCAG 2.1 AA violations in that form, and whether the jobs' own file
// format shows `positionSize: 100` in the form's «Prosent (eller fra)».
//
// Usage: npm run build:fixture && node tests/bench/editor.ts [--runs 3] [--slowdown 4]
// Decap runs the built fixture site's /admin/ against decap-server's local back end, served with
// it from one origin; Sveltia, which ignores `local_backend`, works on a folder of the origin's
// private file system that the bench fills and hands it in place of the folder picker
// (editor-sveltia.ts).
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromiumPath } from './browser.ts';
import { median } from './cpu-slowdown.ts';

const repo = new URL('../../', import.meta.url).pathname;
const site = join(repo, 'tests/.output/sites/fixture/dist');
const fixtureContent = join(repo, 'tests/fixtures/cms/content');
const sveltiaDist = join(repo, 'node_modules/@sveltia/cms/dist');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    slowdown: { type: 'string', default: '4' },
    // One editor by name, e.g. --only Sveltia; with --verbose its console goes to stderr.
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const slowdown = Number(values.slowdown);

if (!existsSync(join(site, 'admin/index.html'))) {
  throw new Error(`${site}: not built. Run npm run build:fixture first.`);
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(dir, file)).isFile(),
  );
}

// The content both editors open: the editor fixtures, in every collection's folder.
const content = mkdtempSync(join(tmpdir(), 'editor-bench-'));
for (const name of ['plan', 'channels', 'professions', 'videos', 'jobs', 'posts', 'news']) {
  mkdirSync(join(content, 'content', name), { recursive: true });
}
cpSync(fixtureContent, join(content, 'content'), { recursive: true });

// Sveltia's page: its bundle, and the start script with the site's configuration and formats.
const sveltiaPage = mkdtempSync(join(tmpdir(), 'editor-bench-sveltia-'));
cpSync(join(sveltiaDist, 'sveltia-cms.js'), join(sveltiaPage, 'sveltia-cms.js'));
cpSync(join(sveltiaDist, 'chunks'), join(sveltiaPage, 'chunks'), { recursive: true });
await build({
  entryPoints: [join(repo, 'tests/bench/editor-sveltia.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: join(sveltiaPage, 'start.js'),
  logLevel: 'warning',
});
const sveltiaHtml = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Redigering</title>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="/sveltia-admin/sveltia-cms.js"></script>
<script type="module" src="/sveltia-admin/start.js"></script>
</head><body></body></html>`;

/** The built site, Sveltia's page and decap-server's local back end on one loopback origin. */
async function startServer(): Promise<{ origin: string; server: Server }> {
  process.env['GIT_REPO_DIRECTORY'] = content;
  const require = createRequire(join(repo, 'node_modules/decap-server/package.json'));
  const express = require('express') as {
    (): {
      use(...handlers: unknown[]): void;
      get(
        path: string,
        handler: (req: unknown, res: { type(t: string): { send(b: string): void } }) => void,
      ): void;
      listen(port: number, host: string, ready: () => void): Server;
    };
    static(root: string): unknown;
  };
  const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: unknown) => Promise<void>;
  };
  const app = express();
  await registerLocalFs(app);
  app.get('/sveltia-admin/', (_req, res) => res.type('html').send(sveltiaHtml));
  app.use('/sveltia-admin', express.static(sveltiaPage));
  app.use(express.static(site));
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, server });
    });
  });
}

/** The file a request was served from, for the byte counts. */
function servedFile(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname);
  const candidates = path.startsWith('/sveltia-admin/')
    ? [join(sveltiaPage, path.slice('/sveltia-admin/'.length))]
    : [join(site, path), join(site, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

interface Run {
  ms: number;
  files: string[];
}

interface Editor {
  name: string;
  /** Prepares the context's storage before the clock starts. */
  prepare?(page: Page, origin: string): Promise<void>;
  /** From opening the editor to the job form with the file's title in it. */
  open(page: Page, origin: string): Promise<void>;
}

const jobTitle =
  /^title: (.*)$/m.exec(
    readFileSync(join(fixtureContent, 'jobs/renholder-fast.mdx'), 'utf8'),
  )?.[1] ?? '';

const editors: Editor[] = [
  {
    name: 'Decap CMS',
    async open(page, origin) {
      await page.goto(`${origin}/admin/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Logg inn' }).click({ timeout: 180_000 });
      await page.getByRole('link', { name: 'Stillinger' }).first().waitFor({ timeout: 180_000 });
      await page.evaluate(() => (location.hash = '#/collections/jobs/entries/renholder-fast'));
      await waitForTitle(page);
    },
  },
  {
    name: 'Sveltia CMS',
    async prepare(page, origin) {
      // The fixture content as a Git working copy in the origin's private file system.
      await page.goto(`${origin}/robots.txt`);
      const files = filesUnder(content).map((file) => ({
        path: relative(content, join(content, file)),
        data: readFileSync(join(content, file)).toString('base64'),
      }));
      await page.evaluate(async (entries) => {
        const root = await navigator.storage.getDirectory();
        await root.getDirectoryHandle('.git', { create: true });
        for (const { path, data } of entries) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1))
            dir = await dir.getDirectoryHandle(part, { create: true });
          const handle = await dir.getFileHandle(parts.at(-1) ?? '', { create: true });
          const writable = await handle.createWritable();
          await writable.write(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
          await writable.close();
        }
        for (const name of ['plan', 'channels', 'professions', 'videos', 'jobs', 'posts', 'news']) {
          await (
            await root.getDirectoryHandle('content', { create: true })
          ).getDirectoryHandle(name, { create: true });
        }
      }, files);
    },
    async open(page, origin) {
      await page.goto(`${origin}/sveltia-admin/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: /Local Repository/i }).click({ timeout: 180_000 });
      await page.getByText('Stillinger').first().waitFor({ timeout: 180_000 });
      await page.evaluate(() => (location.hash = '#/collections/jobs/entries/renholder-fast'));
      await waitForTitle(page);
    },
  },
];

/** Waits for the job form's title box to hold the file's title and be editable. */
async function waitForTitle(page: Page): Promise<void> {
  const field = page.getByRole('textbox', { name: /^Tittel/ }).first();
  await field.waitFor({ timeout: 180_000 });
  await page.waitForFunction(
    ([title]) =>
      [...document.querySelectorAll('input, textarea, [contenteditable]')].some(
        (element) =>
          (element as HTMLInputElement).value === title && !(element as HTMLInputElement).readOnly,
      ),
    [jobTitle],
    { timeout: 180_000 },
  );
}

/** One timed opening in a fresh context with the CPU slowed down. */
async function timedRun(browser: Browser, editor: Editor, origin: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (values.verbose) {
    page.on('console', (message) => console.error(message.text()));
    page.on('requestfailed', (request) => console.error(`failed: ${request.url()}`));
  }
  await editor.prepare?.(page, origin);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const files = new Set<string>();
  page.on('requestfinished', (request) => {
    const file = servedFile(new URL(request.url()));
    if (file) files.add(file);
  });
  const start = performance.now();
  await editor.open(page, origin);
  const ms = performance.now() - start;
  await context.close();
  return { ms, files: [...files] };
}

/** axe's violations and the custom format's result in the open job form, without slowdown. */
async function formChecks(browser: Browser, editor: Editor, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await editor.prepare?.(page, origin);
  await editor.open(page, origin);
  // Sveltia draws the fields below the fold only once they are scrolled to.
  await page.mouse.move(300, 400);
  for (let step = 0; step < 12; step += 1) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
  }
  const percent = page.getByRole('spinbutton', { name: /^Prosent \(eller fra\)/ }).first();
  const formatWorks = (await percent.count()) > 0 && (await percent.inputValue()) === '100';
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  await context.close();
  const violations = results.violations.map((v) => `${v.id} (${v.nodes.length})`);
  return { formatWorks, violations };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const { origin, server } = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
console.log(`Editors on ${origin}, CPU slowed down ${slowdown}×, ${runs} runs each.\n`);
console.log(
  '| Editor | Loaded (as served) | gzip | brotli | Time to an editable job form (median, runs) | Job format | axe violations in the job form |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
try {
  for (const editor of editors.filter((e) => !values.only || e.name.includes(values.only))) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run += 1) results.push(await timedRun(browser, editor, origin));
    const files = [...new Set(results.flatMap((result) => result.files))];
    const bodies = files.map((file) => readFileSync(file));
    const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
    const raw = sum(bodies.map((body) => body.length));
    const gzip = sum(bodies.map((body) => gzipSync(body, { level: 6 }).length));
    const brotli = sum(bodies.map((body) => brotliCompressSync(body).length));
    const times = results.map((result) => result.ms / 1000);
    const { formatWorks, violations } = await formChecks(browser, editor, origin);
    console.log(
      `| ${editor.name} | ${kb(raw)} (${files.length} files) | ${kb(gzip)} | ${kb(brotli)} | ${median(times).toFixed(1)} s (${times.map((t) => t.toFixed(1)).join(', ')}) | ${formatWorks ? 'works' : 'fails'} | ${violations.join(', ') || 'none'} |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(content, { recursive: true, force: true });
  rmSync(sveltiaPage, { recursive: true, force: true });
}
