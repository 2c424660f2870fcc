import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One broken file per collection, dropped into a copy of the fixture site's content. */
const cases: [string, string, string, string][] = [
  ['plan', 'missing-owner.mdx', 'owner', 'Required'],
  ['channels', 'wrong-host.yaml', 'url', 'Expected an address on instagram.com'],
  ['professions', 'missing-english.yaml', 'nameEn', 'Required'],
  ['videos', 'short-youtube-id.mdx', 'youtubeId', 'Expected the 11-character YouTube video ID'],
  ['jobs', 'unknown-video.mdx', 'video', 'Expected the id of a file in content/videos/'],
  ['jobs', 'sykepleier-uten-politiattest.mdx', 'policeCertificate', 'omsorgstjenesteloven § 5-4'],
  ['posts', 'url-on-wrong-platform.mdx', 'url', 'Expected an address on facebook.com'],
  ['news', 'missing-date.mdx', 'date', 'Expected a date written YYYY-MM-DD'],
  // Astro itself names only the image path, or only a line and a column.
  ['videos', 'missing-poster.mdx', 'poster.src', 'Expected an image file at "./finnes-ikke.png"'],
  ['channels', 'yaml-syntax-error.yaml', 'yaml-syntax-error.yaml', 'the YAML is not valid'],
  // Mistakes Astro lets through without a word.
  ['jobs', 'stilling-sykepleier-fast.md', 'stilling-sykepleier-fast.mdx', 'both become the entry'],
  ['videos', 'no-transcript.mdx', 'no-transcript.mdx', 'the video has no transcript'],
];

describe.each(cases)(
  'the build with a broken %s entry (%s)',
  (collection, file, field, expected) => {
    it('stops and names the file, the field and what was expected', async () => {
      // Each case gets its own copy: two cases share a collection, and the first one's broken
      // file must not be what stops the second one's build.
      const content = join(work, `${collection}-${file}`);
      cpSync(join(root, 'tests/fixtures/site/content'), content, { recursive: true });
      const fixtures = join(root, 'tests/fixtures/content', collection);
      copyFileSync(join(fixtures, file), join(content, collection, file));
      for (const image of ['poster.png', 'bilde.png']) {
        if (existsSync(join(fixtures, image)))
          copyFileSync(join(fixtures, image), join(content, collection, image));
      }
      // Astro itself, not through npx, which takes a second to find it.
      const { status, output } = await runAstro(join(root, 'node_modules/.bin/astro'), ['sync'], {
        CONTENT_DIR: content,
        SITE_CONFIG: join(root, 'tests/fixtures/site/site.config.ts'),
      });
      expect(status, output).not.toBe(0);
      expect(output).toContain(join(collection, file));
      const line = output.split('\n').find((l) => l.includes(field) && l.includes(expected));
      expect(line, `a line naming "${field}" and "${expected}"`).toBeDefined();
    });
  },
);
