import type { Page } from '@playwright/test';

/**
 * Every page of a paginated list, from its first page, found by following the navigation's
 * "next" link as a visitor would. Leaves `page` on the last one.
 */
export async function listPagePaths(page: Page, first: string): Promise<string[]> {
  const found = [first];
  await page.goto(first);
  for (;;) {
    const next = page.locator('nav.ds-pagination a[rel="next"]');
    if ((await next.count()) === 0) return found;
    const href = await next.getAttribute('href');
    if (!href || found.includes(href)) throw new Error(`${found.at(-1)}: a "next" link to ${href}`);
    found.push(href);
    await page.goto(href);
  }
}
