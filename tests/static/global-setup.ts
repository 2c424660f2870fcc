// The static checks read the built test sites; this builds them first with
// tests/support/build-sites.ts (which skips a site whose inputs have not changed), or, where that
// builder is missing, stops with what to run when a site has not been built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allSites, repo } from '../support/sites.ts';

const builder = join(repo, 'tests/support/build-sites.ts');

export default function setup(): void {
  if (existsSync(builder)) {
    // The same Node that runs Vitest, which strips the builder's types.
    const result = spawnSync(process.execPath, [builder, ...allSites.map((site) => site.name)], {
      cwd: repo,
      stdio: 'inherit',
    });
    if (result.status !== 0)
      throw new Error(`Building the test sites failed (node ${builder}); see the log above.`);
    return;
  }
  const missing = allSites.filter((site) => !existsSync(join(site.dir, 'index.html')));
  if (missing.length > 0)
    throw new Error(
      `The static checks need the test sites built; not built: ${missing
        .map((site) => `${site.name} (${site.dir})`)
        .join(', ')}. Build them with: node tests/support/build-sites.ts`,
    );
}
