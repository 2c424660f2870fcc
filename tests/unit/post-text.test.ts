import {
  cpSync,
  existsSync,
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
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/core/urls';
import { runAstro, type AstroRun } from '../support/astro';
import { buildSites } from '../support/build-sites';
import { buildDay, sites } from '../support/sites';

/**
 * Reads the built fixture site (tests/fixtures/site/), and a build of it with a post added to a
 * copy of its content: the only way to prove what a post's text becomes, since MDX would
 * compile the same text to real elements. Its post `innlegg-22-facebook-html` has HTML and a
 * script in its text.
 */
const root = new URL('../../', import.meta.url).pathname;
const site = join(root, 'tests/fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'posts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `astro build` over the fixture content plus `extra` posts; returns status and output. */
async function buildWith(
  name: string,
  extra: Record<string, string>,
): Promise<AstroRun & { outDir: string }> {
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
  cacheDir: ${JSON.stringify(join(work, name, 'cache'))} });`;
  const run = await runAstro(process.execPath, ['--input-type=module', '-e', script], {
    CONTENT_DIR: content,
    SITE_CONFIG: join(site, 'site.config.ts'),
    BUILD_DATE: buildDay,
  });
  return { ...run, outDir };
}

describe('a post whose text contains HTML and a script', () => {
  // The fixture site as every stage reads it (built once per run, by npm run build:sites).
  const outDir = sites.fixture.dir;
  beforeAll(() => buildSites(['fixture']), 300_000);
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  it('builds', () =>
    expect(existsSync(join(outDir, 'kanaler/innlegg/innlegg-22-facebook-html/index.html'))).toBe(
      true,
    ));

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

  it('is the same escaped text in the posts feed, with its line breaks', () => {
    const html = feedItemHtml(outDir, 'innlegg-22-facebook-html');
    expect(html).toContain(
      '<p>Limt inn fra en plattform: &lt;script&gt;document.title = &apos;injected&apos;&lt;/script&gt; og &lt;b&gt;fet&lt;/b&gt; tekst.</p>',
    );
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript:/);
  });
});

/** The HTML of the posts feed's item for the post `id`, as a feed reader gets it. */
function feedItemHtml(outDir: string, id: string): string {
  const xml = readFileSync(join(outDir, paths.feed.posts), 'utf8');
  const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel
    .item as { link: string; 'content:encoded': string }[];
  const item = items.find((candidate) => candidate.link.endsWith(paths.post(id)));
  if (!item) throw new Error(`No item for the post ${id} in ${paths.feed.posts}`);
  return item['content:encoded'];
}

describe('a post whose text is not valid MDX', () => {
  let build: AstroRun & { outDir: string };
  beforeAll(async () => {
    build = await buildWith('broken', {
      'broken-text.mdx': [
        '---',
        'channel: testvik-facebook',
        'url: https://www.facebook.com/testvikkommune/posts/98',
        'date: 2026-11-23',
        '---',
        '',
        'Vi <3 Testvik {hver dag}',
        '',
      ].join('\n'),
    });
  }, 300_000);

  it('builds: the text is never read as MDX', () => expect(build.status, build.output).toBe(0));

  it('is shown as written on its page and in the feed', () => {
    expect(
      readFileSync(join(build.outDir, 'kanaler/innlegg/broken-text/index.html'), 'utf8'),
    ).toContain('Vi &lt;3 Testvik {hver dag}');
    expect(feedItemHtml(build.outDir, 'broken-text')).toContain(
      '<p>Vi &lt;3 Testvik {hver dag}</p>',
    );
  });
});
