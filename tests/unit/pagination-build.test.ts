import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAstro } from '../support/astro';

const root = new URL('../../', import.meta.url).pathname;
// As deep in the repository as the fixture's content, so its MDX imports of src/ still resolve.
mkdirSync(join(root, 'tests/.output'), { recursive: true });
const work = mkdtempSync(join(root, 'tests/.output/reserved-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('stops the build on a job whose file name is the address of the newest-first list', async () => {
  const content = join(work, 'content');
  cpSync(join(root, 'tests/fixtures/site/content'), content, { recursive: true });
  // Any valid job, under a name the list's address takes.
  copyFileSync(
    join(content, 'jobs/stilling-sykepleier-helg.mdx'),
    join(content, 'jobs/nyeste.mdx'),
  );
  const { status, output } = await runAstro(join(root, 'node_modules/.bin/astro'), ['build'], {
    BUILD_DATE: '2026-11-24',
    CONTENT_DIR: content,
    SITE_CONFIG: join(root, 'tests/fixtures/site/site.config.ts'),
    OUT_DIR: join(work, 'dist'),
  });
  expect(status, output).not.toBe(0);
  expect(output).toMatch(
    /jobs\/nyeste\.mdx: the id "nyeste" is taken by an address of the site's lists; expected another file name/,
  );
});
