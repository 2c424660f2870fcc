// The phone figures of a built site, for comparing a change before and after: at 320 px, the
// words of headings, card titles, fact lists and navigation split without a hyphen on one page of
// each type, and pages wider than the screen; at 390 × 844, how far down an open job's apply link
// and the first search result start.
// Usage: node tests/e2e/phone/figures.ts [site folder, default dist/] [port] [search word]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { layoutArgs, measureLayout } from './layout.ts';
import { applyText, pagesByType } from './pages.ts';

const repo = resolve(import.meta.dirname, '../../..');
const siteDir = resolve(process.argv[2] ?? join(repo, 'dist'));
const port = Number(process.argv[3] ?? process.env['TEST_PORT'] ?? 4399);
const word = process.argv[4] ?? 'kommunikasjon';
const baseUrl = `http://127.0.0.1:${port}`;

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

const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-background-networking'],
});
try {
  const pages = pagesByType(siteDir);
  const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  let splits = 0;
  for (const { type, path } of pages) {
    await narrow.goto(baseUrl + path);
    const report = await narrow.evaluate(measureLayout, layoutArgs);
    splits += report.splitWords.length;
    console.log(
      `320 px ${type} (${path}): ${report.splitWords.length} words split without a hyphen, ` +
        `${report.hyphenatedBreaks} at a soft hyphen, page ${report.scrollWidth} px wide` +
        (report.splitWords.length ? `\n    ${report.splitWords.join('\n    ')}` : '') +
        (report.clipped.length ? `\n    clipped: ${report.clipped.join('; ')}` : '') +
        (report.wide.length ? `\n    wider than the screen: ${report.wide.join(', ')}` : ''),
    );
  }
  console.log(`320 px: ${splits} words split without a hyphen on ${pages.length} pages`);

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const job = pages.find((page) => page.type === 'job');
  if (job) {
    await phone.goto(baseUrl + job.path);
    const apply = phone.getByRole('link', { name: applyText });
    const { deadline, facts } = await phone.evaluate(() => ({
      deadline: document.querySelector('main time')?.getBoundingClientRect().top,
      facts: document.querySelector('main dl')?.getBoundingClientRect().top,
    }));
    console.log(
      `390 × 844 ${job.path}: ` +
        ((await apply.count())
          ? `the apply link starts ${Math.round((await apply.first().boundingBox())?.y ?? -1)} px down, `
          : 'no apply link (no application address), ') +
        `the first date (deadline) ${Math.round(deadline ?? -1)} px, the facts ${Math.round(facts ?? -1)} px`,
    );
  }
  await phone.goto(`${baseUrl}/sok/?q=${encodeURIComponent(word)}`);
  const first = phone.locator('[data-search-list] > li').first();
  await first.waitFor({ timeout: 30_000 });
  const box = await first.boundingBox();
  console.log(
    `390 × 844 /sok/?q=${word}: the first result starts ${Math.round(box?.y ?? -1)} px down`,
  );
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
