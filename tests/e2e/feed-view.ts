import type { Page } from '@playwright/test';

/**
 * Opens the feed at `path` as a browser that has removed XSLT would: no `XSLTProcessor`, and
 * the feed's stylesheet instruction taken out, so that the feed's own script builds the page.
 */
export async function gotoFeedWithoutXslt(page: Page, path: string): Promise<void> {
  await page.addInitScript(() => {
    Reflect.deleteProperty(globalThis, 'XSLTProcessor');
  });
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<\?xml-stylesheet[^?]*\?>/, '');
    await route.fulfill({ response, body });
  });
  await page.goto(path);
}
