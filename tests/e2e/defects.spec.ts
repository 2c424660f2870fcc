import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// The defect the static checks cannot see (tests/static/defects.test.ts injects the others): a
// colour that makes text too pale to read needs the page drawn. The site's colour stylesheet is
// served here with such a rule added, and axe with layout, as the page types and the sweep run
// it, must report it.
const lowContrast = 'main p { color: #e8e8e8 !important; background: #ffffff !important; }';

test('axe with layout reports text in a colour too pale to read', async ({ page }) => {
  await page.route('**/brand.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n${lowContrast}\n` });
  });
  await page.goto('/personvern/');
  await expect(page.locator('main p').first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toContain('color-contrast');
});
