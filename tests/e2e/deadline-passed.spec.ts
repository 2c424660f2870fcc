import { paths } from '../../src/core/urls';
import { expect, test } from './fixtures';
import { buildDay, day, fixtureEntries } from './site';

// The fixture site is built as of its build day; a position whose last day that is, read at
// midnight after it (the browser's clock moved on, no new build yet), says that it is closed.
const job = fixtureEntries<{ title: string; deadline: unknown; example?: boolean }>('jobs').find(
  (entry) => !entry.example && day(entry.deadline) === buildDay,
);

test('an open position read after its deadline says so and offers no apply button', async ({
  page,
}) => {
  expect(job, `a fixture job whose deadline is ${buildDay}`).toBeDefined();
  const path = paths.job(job!.id, 'nb');
  const closed = page.getByRole('heading', { name: 'Stillingen er ikke lenger ledig' });
  const apply = page.getByRole('link', { name: 'Søk på stillingen' });

  // 23:59 in Norway on the last day (UTC+1 in November): still open.
  await page.clock.install({ time: new Date(`${buildDay}T22:59:00Z`) });
  await page.goto(path);
  await expect(apply).toBeVisible();
  await expect(closed).toHaveCount(0);

  // Just after midnight in Norway.
  await page.clock.setSystemTime(new Date(`${buildDay}T23:01:00Z`));
  await page.reload();
  await expect(closed).toBeVisible();
  await expect(page.getByRole('status').filter({ has: closed })).toContainText(
    /Søknadsfristen gikk ut \d+\. \w+ \d{4}\./,
  );
  await expect(apply).toHaveCount(0);
});
