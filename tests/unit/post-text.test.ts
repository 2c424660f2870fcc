import { spawnSync } from 'node:child_process';
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
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Builds the fixture site (tests/fixtures/site/), with posts added to a copy of its content, and
 * reads the built pages: the only way to prove what a post's text becomes, since MDX would
 * compile the same text to real elements. Its post `innlegg-22-facebook-html` has HTML and a
 * script in its text.
 */
const root = new URL('../../', import.meta.url).pathname;
const site = join(root, 'tests/fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'posts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `astro build` over the fixture content plus `extra` posts; returns status and output. */
function buildWith(name: string, extra: Record<string, string>) {
  // Only the posts are copied: the other collections are linked, so that MDX files importing
  // components by relative path still find them.
  const content = join(work, name, 'content');
  mkdirSync(content, { recursive: true });
  for (const collection of readdirSync(join(site, 'content'))) {
    if (collection === 'posts') continue;
    symlinkSync(join(site, 'content', collection), join(content, collection));
  }
  cpSync(join(site, 'content/posts'), join(content, 'posts'), { recursive: true });
  for (const [file, text] of Object.entries(extra))
    writeFileSync(join(content, 'posts', file), text);
  const outDir = join(work, name, 'dist');
  // Astro's own build API with a cache of its own, so this build cannot disturb the cache that
  // other tests' builds of the same project use at the same time.
  const script = `import { build } from 'astro';
await build({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)},
  cacheDir: ${JSON.stringify(join(work, name, 'cache'))}, logLevel: 'error' });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      SITE_CONFIG: join(site, 'site.config.ts'),
      BUILD_DATE: '2026-11-24',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
  return { ...run, outDir, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}

describe('a post whose text contains HTML and a script', () => {
  const build = buildWith('html', {});
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

  it('builds', () => expect(build.status, build.output).toBe(0));

  it.each(['kanaler/innlegg/innlegg-22-facebook-html', 'kanaler/testvik-facebook', '.'])(
    'is shown as escaped text on %s',
    (path) => {
      const html = page(path);
      expect(html).toContain(
        'Limt inn fra en plattform: &lt;script&gt;document.title = &#39;injected&#39;&lt;/script&gt; og &lt;b&gt;fet&lt;/b&gt; tekst.',
      );
      expect(html).toContain('&lt;img src=&quot;x&quot; onerror=');
      expect(html).not.toContain("<script>document.title = 'injected'");
      expect(html).not.toMatch(/<img[^>]*onerror/);
      expect(html).not.toContain('href="javascript:');
    },
  );
});

describe('a post whose text is not valid MDX', () => {
  const build = buildWith('broken', {
    'broken-text.mdx': [
      '---',
      'channel: testvik-facebook',
      'url: https://www.facebook.com/testvikkommune/posts/98',
      'date: 2026-11-23',
      '---',
      '',
      'Vi <3 Testvik',
      '',
    ].join('\n'),
  });

  it('stops the build naming the file and the line', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('posts/broken-text.mdx:7:');
  });
});
