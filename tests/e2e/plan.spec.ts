import { expect, test } from './fixtures';
import { fixtureEntries as entries } from './site';

/** Chapter titles in the order the plan is read. */
const chapterTitles = entries('plan')
  .sort((a, b) => Number(a['order']) - Number(b['order']))
  .map((chapter) => String(chapter['title']));

test('the overview lists every chapter in order and says when the plan was reviewed', async ({
  page,
}) => {
  await page.goto('/kommunikasjonsplan/');
  const list = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(chapterTitles);
  await expect(page.getByText('Kapitlene ble sist gjennomgått')).toBeVisible();
  await expect(page.getByRole('link', { name: /Hele planen på én side/ })).toBeVisible();
});

test('a reader walks through every chapter by "next" and back by "previous"', async ({ page }) => {
  // Two page loads per chapter: a plan of many chapters needs more than the default time.
  test.slow();
  expect(chapterTitles.length).toBeGreaterThanOrEqual(2);
  await page.goto('/kommunikasjonsplan/');
  await page.getByRole('link', { name: chapterTitles[0] ?? '', exact: true }).click();

  const pager = page.getByRole('navigation', { name: 'Kapitler' });
  for (const [index, title] of chapterTitles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    if (index < chapterTitles.length - 1) {
      await pager.getByRole('link', { name: /Neste kapittel/ }).click();
    }
  }
  await expect(pager.getByRole('link', { name: /Neste kapittel/ })).toHaveCount(0);

  for (const title of [...chapterTitles].reverse()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    if (title !== chapterTitles[0]) {
      await pager.getByRole('link', { name: /Forrige kapittel/ }).click();
    }
  }
  await expect(pager.getByRole('link', { name: /Forrige kapittel/ })).toHaveCount(0);
});

test('every chapter has breadcrumbs, an owner and a review date', async ({ page }) => {
  // One page load per chapter: a plan of many chapters needs more than the default time.
  test.slow();
  await page.goto('/kommunikasjonsplan/');
  const hrefs = await page
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(chapterTitles.length);
  for (const href of hrefs) {
    await page.goto(href);
    const crumbs = page.getByRole('navigation', { name: 'Du er her' });
    await expect(crumbs.getByRole('link', { name: 'Kommunikasjonsplan' })).toHaveAttribute(
      'href',
      '/kommunikasjonsplan/',
    );
    await expect(page.getByText('Ansvarlig:')).toBeVisible();
    await expect(page.getByText('Sist gjennomgått:')).toBeVisible();
  }
});

test('each chapter’s table of contents links to headings on the page', async ({ page }) => {
  // One page load per chapter: a plan of many chapters needs more than the default time.
  test.slow();
  await page.goto('/kommunikasjonsplan/');
  const hrefs = await page
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    await page.goto(href);
    const toc = page.getByRole('navigation', { name: 'Innhold i kapitlet' });
    const links = toc.getByRole('link');
    expect(await links.count(), `table of contents on ${href}`).toBeGreaterThan(1);
    for (const link of await links.all()) {
      const hash = (await link.getAttribute('href')) ?? '';
      expect(hash.startsWith('#'), hash).toBe(true);
      const target = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
      await expect(target, `${href}${hash}`).toHaveCount(1);
      await expect(target).toHaveText(((await link.textContent()) ?? '').trim());
      expect(await target.evaluate((element) => element.tagName)).toMatch(/^H[23]$/);
    }
    // Following a link moves the reader to the heading.
    const first = links.first();
    const firstHash = (await first.getAttribute('href')) ?? '';
    await first.click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(firstHash));
  }
});

test('the print page has every chapter in order and hides navigation on paper', async ({
  page,
}) => {
  await page.goto('/kommunikasjonsplan/utskrift/');
  const chapters = page.getByRole('article');
  await expect(chapters.getByRole('heading', { level: 2 })).toHaveText(chapterTitles);

  const navs = page.locator('nav');
  expect(await navs.count()).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const nav of await navs.all()) await expect(nav).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [index, chapter] of (await chapters.all()).entries()) {
    await expect(chapter).toBeVisible();
    // The first chapter follows the title on the first sheet; every later one starts a new one.
    if (index > 0) await expect(chapter).toHaveCSS('break-before', 'page');
  }
  // Paper cannot be clicked, so external links show where they lead.
  const external = chapters.locator('a[href^="https://"]').first();
  const href = (await external.getAttribute('href')) ?? '';
  const shown = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(shown).toContain(href);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
});

test('the print page keeps each chapter’s in-page ids unique', async ({ page }) => {
  await page.goto('/kommunikasjonsplan/utskrift/');
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(chapterTitles.length);
  expect(new Set(ids).size).toBe(ids.length);
});

test('the channel register lists every channel file', async ({ page }) => {
  const channels = entries('channels');
  expect(channels.length).toBeGreaterThan(0);
  await page.goto('/kanaler/');
  const register = page.getByRole('list', { name: 'Kanalregister' });
  await expect(register.getByRole('listitem')).toHaveCount(channels.length);
  for (const channel of channels) {
    const item = register
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2, name: String(channel['name']) }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByText(String(channel['purpose']))).toBeVisible();
    // An example channel's made-up address may be someone else's account: text, never a link.
    if (channel['example'] === true) {
      await expect(item.getByText(`${String(channel['handle'])} (eksempel`)).toBeVisible();
      await expect(item.locator(`a[href="${String(channel['url'])}"]`)).toHaveCount(0);
    } else {
      await expect(
        item.getByRole('link', { name: String(channel['handle']), exact: true }),
      ).toHaveAttribute('href', String(channel['url']));
    }
    await expect(
      item.getByRole('link', { name: String(channel['name']), exact: true }),
    ).toHaveAttribute('href', `/kanaler/${String(channel['id'])}/`);
    await expect(item.getByText('Mål for svartid')).toBeVisible();
  }
});

test('the channel summaries in the plan show the figures from the channel files', async ({
  page,
}) => {
  const channel = entries('channels').find((c) => Array.isArray(c['followers']));
  expect(channel, 'a channel with follower figures').toBeDefined();
  const followers = channel?.['followers'] as { count: number }[];
  const latest = Math.max(...followers.map((f) => f.count));
  await page.goto('/kommunikasjonsplan/kanaler/');
  const digits = new Intl.NumberFormat('nb-NO').format(latest);
  await expect(page.getByText(digits, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(String(channel?.['name'])).first()).toBeVisible();
});
