import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedRuns, hashRun, runs, words } from '../support/word-runs';

/** Hashes of every run of eight words of the source article (see make-hashes.ts beside them). */
const sourceHashes = new Set(
  readFileSync(new URL('../fixtures/source-article/hashes.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);
/** The KS report's title may be quoted whole. */
const allowedQuotes = ['Hvordan lykkes kommunesektoren i sosiale medier?'];

const root = new URL('../..', import.meta.url).pathname;
const contentDir = join(root, process.env['CONTENT_DIR'] ?? 'content');

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mdx?|ya?ml|json|astro|ts)$/.test(file))
    .map((file) => join(dir, file));
}

describe('word runs', () => {
  it.each([
    ['Hei, VERDEN! 13.700 følgere', ['hei', 'verden', '13', '700', 'følgere']],
    ['«Navet» – nettstedet', ['navet', 'nettstedet']],
  ])('words(%j)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  const source = new Set(runs('en to tre fire fem seks sju åtte ni ti').map(({ hash }) => hash));
  it.each([
    ['Sju ord: en to tre fire fem seks sju.', []],
    ['Her: en, to, tre, fire, fem, seks, sju, åtte!', ['en to tre fire fem seks sju åtte']],
    ['Helt annen tekst med åtte ord som ikke finnes', []],
  ])('copiedRuns(%j)', (text, expected) => {
    expect(copiedRuns(text, source)).toEqual(expected);
  });

  it('allows a quoted title even where the runs around it match', () => {
    const title = 'tre fire fem seks';
    expect(copiedRuns('en to tre fire fem seks sju åtte', source, [title])).toEqual([]);
    expect(hashRun(['a'])).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the site’s own text', () => {
  it('has hashes of the source article to compare with', () => {
    expect(sourceHashes.size).toBeGreaterThan(100);
  });

  const files = [
    ...textFiles(contentDir),
    ...textFiles(join(root, 'src/pages')),
    ...textFiles(join(root, 'src/core/i18n')),
  ];
  it.each(files.map((file) => [relative(root, file), file]))(
    '%s repeats no eight words of the source article',
    (_name, file) => {
      expect(copiedRuns(readFileSync(file, 'utf8'), sourceHashes, allowedQuotes)).toEqual([]);
    },
  );
});
