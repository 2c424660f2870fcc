import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { fixtureSite } from '../site';
import { layoutArgs, measureLayout, type LayoutReport } from './layout';
import { applyText, pagesByType } from './pages';

// Reading on a phone, on the fixture site: one page of each type at 320 px (the width WCAG 1.4.10
// asks a page to reflow to) and at 390 px, each loaded once and measured in one pass. Words of
// headings, card titles, fact lists and navigation break only at a hyphen, nothing is wider
// than the screen or cut off; at 390 px (in test:full) every control is also at least 24 × 24 px
// (WCAG 2.2, 2.5.8). On a 390 × 844 phone an open job's apply link and the first search result
// are in the first screen.

const pages = pagesByType(fixtureSite.dir);
const path = (type: string) => pages.find((page) => page.type === type)?.path as string;

/** A word every fixture build finds (tests/fixtures/search-queries.ts searches it too). */
const searchWord = 'sykepleier';

/** The findings of one page that must be empty, each named. */
function expectReadable(report: LayoutReport): void {
  expect(report.splitWords, 'words split across two lines without a hyphen').toEqual([]);
  expect(report.clipped, 'text cut off by its box').toEqual([]);
  expect(
    report.scrollWidth,
    `page wider than the screen; too wide: ${report.wide.join(', ')}`,
  ).toBeLessThanOrEqual(report.viewportWidth);
}

/** Controls smaller than 24 × 24 px without room around them, as axe's rule for WCAG 2.5.8 finds them. */
async function smallTargets(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')));
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { type, path } of pages) {
    test(`${type} (${path}) reflows and breaks words at hyphens`, async ({ page }) => {
      await page.goto(path);
      // The main menu's links are drawn only when it is open: the home page measures them.
      if (type === 'home') await page.getByRole('button', { name: 'Meny' }).click();
      expectReadable(await page.evaluate(measureLayout, layoutArgs));
    });
  }

  test('a long word without soft hyphens is reported, split or too wide', async ({ page }) => {
    await page.goto(path('plan'));
    // What the page would show had the build missed a word: no break a pattern gave.
    const word = 'Kommunikasjonsmedarbeiderstillingsbeskrivelsene';
    await page.locator('h1').evaluate((h1, word) => (h1.textContent = word), word);
    const overflowing = await page.evaluate(measureLayout, layoutArgs);
    expect(overflowing.scrollWidth).toBeGreaterThan(overflowing.viewportWidth);
    // With the rule the stylesheet had before, the word breaks without a hyphen instead.
    await page.locator('h1').evaluate((h1) => (h1.style.overflowWrap = 'break-word'));
    const split = await page.evaluate(measureLayout, layoutArgs);
    expect(split.splitWords[0]).toMatch(/^h1\.ds-heading: Kommunikasjon\S*\|/);
  });
});

test.describe('at 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an open job shows its deadline and apply link before its facts, in the first screen', async ({
    page,
  }) => {
    await page.goto(path('job'));
    const apply = page.getByRole('link', { name: applyText });
    const box = await apply.boundingBox();
    expect(box, 'the apply link').not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    const facts = page.locator('.facts');
    const factsTop = (await facts.boundingBox())?.y ?? 0;
    expect(box?.y ?? 0).toBeLessThan(factsTop);
    const deadline = page.locator('.job-apply time');
    expect(((await deadline.boundingBox())?.y ?? 844) + 20).toBeLessThanOrEqual(844);
    // Each fact's label stands above its value.
    const label = await facts.locator('dt').first().boundingBox();
    const value = await facts.locator('dd').first().boundingBox();
    expect((label?.y ?? 0) + (label?.height ?? 0)).toBeLessThanOrEqual((value?.y ?? 0) + 1);
    expectReadable(await page.evaluate(measureLayout, layoutArgs));
  });

  test('after a search the count and the first result come first, the filters behind a button', async ({
    page,
  }) => {
    await page.goto(`/sok/?q=${searchWord}`);
    const results = page.getByRole('region', { name: 'Søkeresultater' });
    const first = results.getByRole('listitem').first();
    // The first search waits for the index and its WebAssembly on a busy machine.
    await expect(first).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-search-status]')).toContainText(searchWord);
    const firstLink = await first.getByRole('link').first().boundingBox();
    expect((firstLink?.y ?? 0) + (firstLink?.height ?? 0)).toBeLessThanOrEqual(844);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
              total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    // As in search-queries.spec.ts: below the third decimal Lighthouse shows.
    expect(shift, 'layout shift while the results arrived').toBeLessThan(0.0005);

    const toggle = page.getByRole('button', { name: /Avgrens søket/ });
    await expect(toggle).toHaveText('Avgrens søket (ingen valgt)');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Innholdstype')).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const type = page.getByLabel('Innholdstype');
    await expect(type.locator('option')).not.toHaveCount(1);
    await type.selectOption({ index: 1 });
    await expect(toggle).toHaveText('Avgrens søket (1 valgt)');
    expectReadable(await page.evaluate(measureLayout, layoutArgs));
  });
});

test.describe('at 390 px', { tag: '@full' }, () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { type, path } of pages) {
    test(`${type} (${path}) breaks words at hyphens, fits the screen, has targets of 24 px`, async ({
      page,
    }) => {
      await page.goto(path);
      if (type === 'home') await page.getByRole('button', { name: 'Meny' }).click();
      expectReadable(await page.evaluate(measureLayout, layoutArgs));
      // axe takes seconds a page on a test machine, so target sizes are checked here only.
      expect(await smallTargets(page), 'controls smaller than 24 × 24 px').toEqual([]);
    });
  }
});
