import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { runAstro } from '../support/astro';
import { buildSites } from '../support/build-sites';
import { buildDay, sites } from '../support/sites';

/**
 * Builds from scratch, compared with the fixture site (npm run build:sites) and with a rebuild
 * from the cache: minutes on a two-core machine, so only npm run test:full runs them.
 */
const fullSuite = { tag: '@full' };

const repo = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

/**
 * Files that may legitimately differ between two builds of the same commit, with the reason
 * (keep in step with the README's "Repeatable builds"). None so far.
 */
const allowedToDiffer: { pattern: RegExp; reason: string }[] = [];

/**
 * Builds the fixture content with Astro's build API (and Pagefind), into `outDir`, with a cache folder
 * of its own so that nothing (content store, optimised images) is reused from an earlier build.
 */
async function buildInto(
  outDir: string,
  cacheDir: string,
  { contentDir = 'tests/fixtures/site/content', pagefind = true } = {},
): Promise<void> {
  const env = {
    BUILD_DATE: buildDay,
    CONTENT_DIR: contentDir,
    SITE_CONFIG: 'tests/fixtures/site/site.config.ts',
  };
  const script = `import { build } from 'astro';
await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, logLevel: 'error' });`;
  const run = await runAstro(bin('node'), ['--input-type=module', '-e', script], env);
  expect(run.status, run.output).toBe(0);
  if (pagefind) {
    execFileSync(bin('pagefind'), ['--site', outDir, '--silent'], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
  }
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

test(
  'a fresh build of the same commit is identical byte for byte to the fixture site',
  fullSuite,
  async () => {
    test.setTimeout(10 * 60_000);
    const site = sites.fixture;
    await buildSites([site.name]);
    const work = mkdtempSync(join(tmpdir(), 'site-repro-'));
    try {
      // As build-sites builds the site, into a folder and a cache folder of its own.
      const out = join(work, 'dist');
      const run = await runAstro('npm', ['run', 'build'], {
        BUILD_DATE: buildDay,
        CONTENT_DIR: site.contentDir,
        SITE_CONFIG: site.siteConfig,
        OUT_DIR: out,
      });
      expect(run.status, run.output).toBe(0);
      const [first, second] = [fingerprints(site.dir.replace(/\/$/, '')), fingerprints(out)];
      const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
      const differing = paths.filter(
        (path) =>
          first.get(path) !== second.get(path) &&
          !allowedToDiffer.some(({ pattern }) => pattern.test(path)),
      );
      expect(first.size, 'files in the build').toBeGreaterThan(0);
      expect(differing, 'files that differ between the two builds').toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);

/** Replaces `from` by `to` in a content file, failing when the file no longer has `from`. */
function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `${file} should contain ${String(from)}`).not.toBe(text);
  writeFileSync(file, changed);
}

test(
  'a rebuild with the previous cache equals a fresh build of the changed content',
  fullSuite,
  async () => {
    test.setTimeout(15 * 60_000);
    const work = mkdtempSync(join(tmpdir(), 'site-incremental-'));
    try {
      // The fixture's MDX imports components five folders up; the copy keeps that depth.
      symlinkSync(join(repo, 'src'), join(work, 'src'), 'dir');
      const content = join(work, 'a/b/c/content');
      mkdirSync(content, { recursive: true });
      cpSync(join(repo, 'tests/fixtures/site/content'), content, { recursive: true });
      const options = { contentDir: content, pagefind: false };
      const rebuilt = join(work, 'rebuilt');
      await buildInto(rebuilt, join(work, 'rebuilt-cache'), options);
      /**
       * Rebuilds with the cache, builds the same content afresh, and compares every file. Without
       * `outputKept` the rebuild starts from the cache folder alone, as on a host whose CI keeps
       * only that; with it, over the previous build's output.
       */
      const expectRebuildLikeFresh = async (
        change: string,
        { outputKept }: { outputKept: boolean },
      ) => {
        if (!outputKept) rmSync(rebuilt, { recursive: true, force: true });
        await buildInto(rebuilt, join(work, 'rebuilt-cache'), options);
        const fresh = join(work, 'fresh');
        rmSync(fresh, { recursive: true, force: true });
        rmSync(`${fresh}-cache`, { recursive: true, force: true });
        await buildInto(fresh, `${fresh}-cache`, options);
        const [incremental, full] = [fingerprints(rebuilt), fingerprints(fresh)];
        const paths = [...new Set([...incremental.keys(), ...full.keys()])].sort();
        expect(full.size, 'files in the build').toBeGreaterThan(0);
        expect(
          paths.filter((path) => incremental.get(path) !== full.get(path)),
          `files where the rebuild after ${change} differs from a fresh build`,
        ).toEqual([]);
      };

      // A post's text (its page, its channel, the listing, the feeds), a job closed by an earlier
      // deadline (its pages, its profession's video and profession pages, the lists) and a news
      // item's title: the changes a republishing brings, none of them in the shared collections.
      edit(join(content, 'posts/innlegg-01-facebook.mdx'), /\n*$/, '\n\nEt nytt avsnitt.\n');
      edit(
        join(content, 'jobs/stilling-sykepleier-fast.mdx'),
        'deadline: 2026-12-20',
        'deadline: 2026-11-20',
      );
      edit(
        join(content, 'news/ny-brannbil.mdx'),
        'title: Ny brannbil til Testvik',
        'title: Ny brannbil',
      );
      await expectRebuildLikeFresh('changed entries', { outputKept: false });

      // Markup that brings back stylesheet rules the trimming had dropped (`lean-css.ts`): the
      // shared stylesheet gets a new name, and no page copied from the cache may link the old one.
      edit(
        join(content, 'posts/innlegg-01-facebook.mdx'),
        /\n*$/,
        '\n\n<textarea aria-label="Svar"></textarea>\n',
      );
      await expectRebuildLikeFresh('a changed stylesheet', { outputKept: true });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
