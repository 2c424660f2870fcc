/**
 * The browser part of `check:live`: opens one page of each type in Chromium and counts every
 * request to another host, which it aborts, so the check itself sends nothing to one. The site
 * promises that no page asks another host for anything before the visitor clicks.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { CheckResult } from './check-live.ts';

/** Playwright's own Chromium where installed, else the system's or CHROMIUM_PATH's. */
function chromiumExecutable(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  if (existsSync(chromium.executablePath())) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/** Opens each path on `base` and names the pages that asked another host, with the hosts. */
export async function checkForeignRequests(base: URL, paths: string[]): Promise<CheckResult> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const faults: string[] = [];
  try {
    const context = await browser.newContext();
    for (const path of paths) {
      const page = await context.newPage();
      const foreign = new Map<string, number>();
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === base.origin || url.protocol === 'data:' || url.protocol === 'blob:') {
          return route.continue();
        }
        foreign.set(url.host, (foreign.get(url.host) ?? 0) + 1);
        return route.abort('blockedbyclient');
      });
      try {
        await page.goto(new URL(path, base).href, { waitUntil: 'networkidle', timeout: 30_000 });
      } catch (error) {
        faults.push(`${path}: did not load (${(error as Error).message.split('\n')[0]}).`);
      }
      if (foreign.size > 0) {
        const hosts = [...foreign].map(([host, count]) => `${host} ×${count}`).join(', ');
        faults.push(`${path}: requests to another host before any click: ${hosts}.`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    name: 'other hosts',
    faults,
    summary: `${paths.length} pages, one of each type, ask no other host`,
  };
}
