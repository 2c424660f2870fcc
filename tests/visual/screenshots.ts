// Full-page screenshots of one page of every type, at phone and desktop width, in light and
// dark, plus the open mobile menu and a search with results, so that a change to the stylesheets
// can be proved to change nothing a visitor sees.
// Usage: node tests/visual/screenshots.ts <output folder> [site folder, default dist/] [port]
// Compare two runs with ImageMagick: `compare -metric AE before/x.png after/x.png null:` (0 = same).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const repo = resolve(import.meta.dirname, '../..');
const outDir = resolve(process.argv[2] ?? join(repo, 'tests/.output/screenshots'));
const siteDir = resolve(process.argv[3] ?? join(repo, 'dist'));
const port = Number(process.argv[4] ?? process.env['TEST_PORT'] ?? 4399);
const baseUrl = `http://127.0.0.1:${port}`;

/** The first entry page below a list folder of the built site, so any content will do. */
function firstEntry(folder: string): string | undefined {
  const dir = join(siteDir, folder);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .filter((entry) => !['side', 'nyeste', 'newest', 'innlegg', 'utskrift'].includes(entry))
    .sort()[0];
  return name ? `/${folder}/${name}/` : undefined;
}

/** One page of every type the site has, named for the file the screenshot goes to. */
const pages: [string, string | undefined][] = [
  ['home', '/'],
  ['plan', '/kommunikasjonsplan/'],
  ['plan-chapter', firstEntry('kommunikasjonsplan')],
  ['plan-channels', '/kommunikasjonsplan/kanalene/'],
  ['plan-print', '/kommunikasjonsplan/utskrift/'],
  ['news', '/nyheter/'],
  ['news-item', firstEntry('nyheter')],
  ['careers', '/jobb/'],
  ['videos', '/jobb/video/'],
  ['video', firstEntry('jobb/video')],
  ['jobs', '/jobb/stillinger/'],
  ['job', firstEntry('jobb/stillinger')],
  ['profession', firstEntry('jobb/yrke')],
  ['channels', '/kanaler/'],
  ['channels-page-2', '/kanaler/side/2/'],
  ['channel', firstEntry('kanaler')],
  ['post', firstEntry('kanaler/innlegg')],
  ['search', '/sok/'],
  ['rss', '/rss/'],
  ['privacy', '/personvern/'],
  ['accessibility', '/tilgjengelighet/'],
  ['not-found', '/finnes-ikke/'],
  ['en-home', '/en/'],
  ['en-careers', '/en/jobs/'],
  ['en-videos', '/en/jobs/videos/'],
  ['en-video', firstEntry('en/jobs/videos')],
  ['en-jobs', '/en/jobs/positions/'],
  ['en-job', firstEntry('en/jobs/positions')],
  ['en-search', '/en/search/'],
  ['en-privacy', '/en/privacy/'],
  ['en-accessibility', '/en/accessibility/'],
];

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

/** Loads every image now (a lazy one might still be empty when shot), then waits for them and the fonts. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const image of document.querySelectorAll('img[loading="lazy"]')) {
      image.setAttribute('loading', 'eager');
    }
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 50));
    }
    window.scrollTo(0, 0);
    await Promise.all(
      [...document.images].map((image) =>
        image.complete
          ? undefined
          : new Promise((done) => {
              image.addEventListener('load', done);
              image.addEventListener('error', done);
              setTimeout(done, 5000);
            }),
      ),
    );
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
}

/** Taller pages are shot in parts of this height, which ImageMagick's default limits accept. */
const partHeight = 12_000;

/** Takes a full-page screenshot of what the page shows now (in parts if it is very tall). */
async function shoot(page: Page, file: string): Promise<void> {
  await settle(page);
  const options = {
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    timeout: 120_000,
  } as const;
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  if (height <= partHeight) {
    await page.screenshot({ ...options, path: join(outDir, `${file}.png`) });
    return;
  }
  for (let y = 0, part = 1; y < height; y += partHeight, part++) {
    const clip = { x: 0, y, width, height: Math.min(partHeight, height - y) };
    await page.screenshot({ ...options, clip, path: join(outDir, `${file}-part${part}.png`) });
  }
}

const server = spawn(
  join(repo, 'node_modules/.bin/node'),
  ['tests/e2e/serve.ts', String(port), siteDir],
  { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
);
for (let attempt = 0; ; attempt++) {
  try {
    if ((await fetch(`${baseUrl}/`)).ok) break;
  } catch {
    if (attempt > 100) throw new Error(`The site did not answer on ${baseUrl}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--font-render-hinting=none'],
});
try {
  for (const viewport of viewports) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const suffix = `${viewport.name}-${colorScheme}`;
      for (const [name, path] of pages) {
        if (!path) continue;
        await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
        await shoot(page, `${name}-${suffix}`);
        if (process.env['VERBOSE']) console.log(`${name}-${suffix}`);
      }
      if (viewport.name === 'phone') {
        await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: 'Meny' }).click();
        await shoot(page, `menu-open-${suffix}`);
      }
      // A misspelt word, so the results come with a "did you mean" suggestion.
      await page.goto(`${baseUrl}/sok/`, { waitUntil: 'networkidle' });
      await page.getByRole('searchbox', { name: 'Søkeord' }).fill('kommunikasjn');
      await page.getByRole('searchbox', { name: 'Søkeord' }).press('Enter');
      await page.locator('[data-search-results]:not([data-search-pending])').waitFor();
      await page.waitForFunction(
        () => !/Søker/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      );
      await shoot(page, `search-results-${suffix}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
console.log(`Screenshots in ${outDir}`);
