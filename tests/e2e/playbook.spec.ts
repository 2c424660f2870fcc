import mammoth from 'mammoth';
import { expect, test } from './fixtures';

/**
 * The plan's take-home formats: the Word document and the copy buttons. The tests read the
 * chapters from the overview page, so they hold for whatever chapters the plan has.
 */

/** Chapter titles and addresses, in the order the overview lists them. */
async function chaptersOnOverview(page: import('@playwright/test').Page) {
  await page.goto('/kommunikasjonsplan/');
  const links = page.locator('.chapter-list h3 a');
  // Without the soft hyphens the build puts into card titles (src/build/hyphenate.ts).
  const titles = (await links.allTextContents()).map((text) =>
    text.replaceAll('\u00AD', '').trim(),
  );
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return titles.map((title, index) => ({ title, href: hrefs[index] ?? '' }));
}

test('the overview and the print page link to the Word document', async ({ page }) => {
  for (const path of ['/kommunikasjonsplan/', '/kommunikasjonsplan/utskrift/']) {
    await page.goto(path);
    const link = page.getByRole('link', { name: /Word-dokument \(\.docx\)/ }).first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '/kommunikasjonsplan/kommunikasjonsplan.docx');
  }
});

test('the Word document holds every chapter title in order, as read by mammoth', async ({
  page,
  request,
}) => {
  const chapters = await chaptersOnOverview(page);
  const response = await request.get('/kommunikasjonsplan/kommunikasjonsplan.docx');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const { value: html, messages } = await mammoth.convertToHtml(
    { buffer: await response.body() },
    { styleMap: ["p[style-name='Title'] => p.title:fresh"] },
  );
  expect(messages).toEqual([]);
  const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) =>
    (match[1] ?? '').replace(/<[^>]+>/g, '').replaceAll('&amp;', '&'),
  );
  expect(headings).toEqual(chapters.map((chapter) => chapter.title));
});

test('the overview shows the latest changes, each linking to its line in a chapter', async ({
  page,
}) => {
  await page.goto('/kommunikasjonsplan/');
  const section = page.getByRole('region', { name: 'Siste endringer i planen' });
  test.skip((await section.count()) === 0, 'no chapter has a change history');
  const links = section.getByRole('link');
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    const [path, anchor] = (href ?? '').split('#');
    await page.goto(path ?? '');
    await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
    await page.goto('/kommunikasjonsplan/');
  }
});

/** The first chapter address that has a checklist or template on it, if any. */
async function chapterWithCopyBox(page: import('@playwright/test').Page) {
  for (const chapter of await chaptersOnOverview(page)) {
    await page.goto(chapter.href);
    if ((await page.locator('[data-copy-box]').count()) > 0) return chapter.href;
  }
  return undefined;
}

test.describe('copy buttons', () => {
  test('copy a checklist or template and say so in a status message', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const href = await chapterWithCopyBox(page);
    test.skip(href === undefined, 'no chapter has a checklist or template');
    const boxes = page.locator('[data-copy-box]');
    for (let index = 0; index < (await boxes.count()); index++) {
      const box = boxes.nth(index);
      const title = ((await box.locator('[data-copy-title]').textContent()) ?? '').trim();
      const button = box.getByRole('button', { name: /^Kopier (sjekklisten|malen)$/ });
      await expect(button).toBeVisible();
      await button.click();
      await expect(box.getByRole('status')).toHaveText(/Kopiert/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.split('\n')[0]).toBe(title);
      if ((await box.getAttribute('data-checklist')) !== null) {
        const items = await box.locator('li').count();
        expect(copied.split('\n').filter((line) => line.startsWith('☐ '))).toHaveLength(items);
      }
    }
  });

  test('without JavaScript there is no button, and the text can still be selected', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const href = await chapterWithCopyBox(page);
    test.skip(href === undefined, 'no chapter has a checklist or template');
    const box = page.locator('[data-copy-box]').first();
    await expect(box.getByRole('button')).toHaveCount(0);
    const userSelect = await box
      .locator('[data-copy-body]')
      .evaluate((el) => getComputedStyle(el).userSelect);
    expect(userSelect).not.toBe('none');
    await context.close();
  });
});

test('each plan change in the feed with everything leads to its line in a chapter', async ({
  page,
  request,
}) => {
  test.slow();
  const xml = await (await request.get('/rss.xml')).text();
  const anchorsByPath = new Map<string, string[]>();
  for (const match of xml.matchAll(/<link>([^<]*\/kommunikasjonsplan\/[^<]*)<\/link>/g)) {
    const url = new URL(match[1] ?? '');
    expect(url.hash, `${url.href} points to one change`).toMatch(
      /^#endring-\d{4}-\d{2}-\d{2}(-\d+)?$/,
    );
    anchorsByPath.set(url.pathname, [...(anchorsByPath.get(url.pathname) ?? []), url.hash]);
  }
  for (const [path, anchors] of anchorsByPath) {
    await page.goto(path);
    for (const anchor of anchors) {
      await expect(page.locator(`[id="${anchor.slice(1)}"]`), `${path}${anchor}`).toHaveCount(1);
    }
  }
});
