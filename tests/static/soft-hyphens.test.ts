// The soft hyphens the build puts into headings, card titles, fact lists and navigation
// (src/build/hyphenate.ts) stay in the page's visible text: what is copied, searched or read by
// machines keeps the plain words. Checked on every test site: the feeds and calendar files, the
// search index and its vocabulary, and in every page its structured data, <title>, meta and
// every attribute; and on the fixture site, that hyphenation ran and Pagefind indexed each
// hyphenated heading in plain words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { softHyphen } from '../../src/build/hyphenate.ts';
import { builtSite } from '../support/pages.ts';
import { allSites, sites } from '../support/sites.ts';

/** Every file of the built site in `dir` whose name ends with one of `endings`. */
function filesEnding(dir: string, ...endings: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => endings.some((ending) => file.endsWith(ending)))
    .sort();
}

/** A Pagefind file (fragment, index chunk, filter, metadata), unpacked: gzip, then its data. */
function pagefindData(path: string): Buffer {
  return gunzipSync(readFileSync(path));
}

const softHyphenBytes = Buffer.from(softHyphen, 'utf8');

describe.each(allSites)('$name', (testSite) => {
  const site = builtSite(testSite);

  test('the feeds, calendar files and sitemap hold no soft hyphen', () => {
    const files = filesEnding(site.dir, '.xml', '.ics');
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => site.read(file).includes(softHyphen))).toEqual([]);
  });

  test('the search index and its vocabulary hold no soft hyphen', () => {
    const index = filesEnding(site.dir, '.pf_fragment', '.pf_index', '.pf_filter', '.pf_meta');
    expect(index.length).toBeGreaterThan(0);
    expect(
      index.filter((file) => pagefindData(join(site.dir, file)).includes(softHyphenBytes)),
    ).toEqual([]);
    const vocabulary = filesEnding(join(site.dir, 'pagefind/vocabulary'), '.json');
    expect(
      vocabulary.filter((file) =>
        readFileSync(join(site.dir, 'pagefind/vocabulary', file), 'utf8').includes(softHyphen),
      ),
    ).toEqual([]);
  });

  test('no structured data, <title>, meta or attribute holds a soft hyphen', () => {
    const found: string[] = [];
    for (const page of site.pages) {
      const { $ } = page;
      $('script, title, style').each((_, element) => {
        if ($(element).text().includes(softHyphen))
          found.push(`${page.path}: <${element.tagName}>`);
      });
      $('*').each((_, element) => {
        if (!('attribs' in element)) return;
        for (const [name, value] of Object.entries(element.attribs)) {
          if (value.includes(softHyphen)) found.push(`${page.path}: ${element.tagName}[${name}]`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});

test('the fixture site is hyphenated, and Pagefind indexed its hyphenated headings in plain words', () => {
  const site = builtSite(sites.fixture);
  const fragments = new Map(
    filesEnding(join(site.dir, 'pagefind/fragment'), '.pf_fragment').map((file) => {
      const text = pagefindData(join(site.dir, 'pagefind/fragment', file)).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        content: string;
      };
      return [fragment.url, fragment.content];
    }),
  );
  const headings = site.pages
    .map((page) => ({ path: page.path, h1: page.$('h1').first().text().trim() }))
    .filter(({ path, h1 }) => h1.includes(softHyphen) && fragments.has(path));
  expect(headings.length).toBeGreaterThan(5);
  for (const { path, h1 } of headings) {
    expect(fragments.get(path), path).toContain(h1.replaceAll(softHyphen, ''));
  }
});
