import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const repo = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

/**
 * Files that may legitimately differ between two builds of the same commit, with the reason
 * (keep in step with the README's "Repeatable builds"). None so far.
 */
const allowedToDiffer: { pattern: RegExp; reason: string }[] = [];

/**
 * Builds the fixture site as `npm run build:fixture` does, into `outDir`, with a cache folder
 * of its own so that nothing (content store, optimised images) is reused from an earlier build.
 */
function buildInto(outDir: string, cacheDir: string): void {
  const env = {
    ...process.env,
    BUILD_DATE: '2026-11-24',
    CONTENT_DIR: 'tests/fixtures/site/content',
    SITE_CONFIG: 'tests/fixtures/site/site.config.ts',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const script = `import { build } from 'astro';
await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, logLevel: 'error' });`;
  execFileSync(bin('node'), ['--input-type=module', '-e', script], {
    cwd: repo,
    env,
    stdio: 'pipe',
  });
  execFileSync(bin('pagefind'), ['--site', outDir, '--silent'], { cwd: repo, env, stdio: 'pipe' });
}

/** Every file under `dir` with the SHA-256 of its bytes. */
function fingerprints(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

test('two builds of the same commit are identical byte for byte', async () => {
  test.setTimeout(10 * 60_000);
  const work = mkdtempSync(join(tmpdir(), 'site-repro-'));
  try {
    const [first, second] = ['first', 'second'].map((name) => {
      const out = join(work, name);
      buildInto(out, join(work, `${name}-cache`));
      return fingerprints(out);
    });
    const paths = [...new Set([...first!.keys(), ...second!.keys()])].sort();
    const differing = paths.filter(
      (path) =>
        first!.get(path) !== second!.get(path) &&
        !allowedToDiffer.some(({ pattern }) => pattern.test(path)),
    );
    expect(first!.size, 'files in the build').toBeGreaterThan(0);
    expect(differing, 'files that differ between the two builds').toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
