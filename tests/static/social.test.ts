// The social pages of the fixture site over the built HTML: what the post listing shows of long
// and short posts, each post's page, and the posts in the site search. Consent, embeds and what
// the browser requests are the browser's (tests/e2e/social.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { postExcerpt, postParagraphs } from '../../src/features/social/post-text';
import { paths } from '../../src/core/urls';
import { fixtureContentDir, fixtureEntries } from '../support/fixture-content.ts';
import { builtSite } from '../support/pages.ts';
import { sites } from '../support/sites.ts';
import { accessibleName, links, listPages, squash } from './checks/dom.ts';
import { sitemapPaths } from './checks/site.ts';

const site = builtSite(sites.fixture);

/** Each fixture post's paragraphs, as written below its front matter. */
const texts = new Map(
  fixtureEntries('posts')
    .filter((post) => !post['draft'])
    .map(({ id }) => {
      const source = readFileSync(join(fixtureContentDir, 'posts', `${id}.mdx`), 'utf8');
      return [id, postParagraphs(source.replace(/^---\n[\s\S]*?\n---\n/, ''))] as const;
    }),
);
const long = [...texts].filter(([, paragraphs]) => postExcerpt(paragraphs).cut);

describe('long posts in lists', () => {
  test('the fixture has long and short posts', () => {
    expect(long.length).toBeGreaterThan(0);
    expect(long.length).toBeLessThan(texts.size);
  });

  test('the post listing shows the start of a long post and a link to it, short posts whole', () => {
    const seen = new Set<string>();
    for (const page of listPages(site, paths.channels)) {
      for (const li of page.$('.post-list > li').toArray()) {
        const card = page.$(li);
        const href = card.find('a[href^="/kanaler/innlegg/"]').first().attr('href');
        const id = href?.split('/').at(-2) ?? '';
        const paragraphs = texts.get(id);
        if (!paragraphs) throw new Error(`${page.path}: a card for ${href}, which is no post`);
        seen.add(id);
        const shown = postExcerpt(paragraphs);
        const more = links(page, /^Les hele innlegget/, card);
        const text = card
          .find('.post-text')
          .toArray()
          .map((el) => squash(page.$(el).text()));
        if (shown.cut) {
          expect(more.attr('href'), id).toBe(paths.post(id));
          // Its name says which post, for a list of links read out of context.
          expect(accessibleName(page.$, more.get(0)!), id).toMatch(
            /^Les hele innlegget\W+Innlegg på \S/,
          );
          expect(text[0], id).toBe(squash(shown.paragraphs[0]!));
          expect(squash(card.text()), id).not.toContain(squash(paragraphs.at(-1)!));
        } else {
          expect(more, id).toHaveLength(0);
          expect(text, id).toEqual(paragraphs.map(squash));
        }
      }
    }
    expect(seen.size).toBe(texts.size);
  });

  test.each(long.map(([id]) => id))('the page of %s shows the whole text', (id) => {
    const page = site.page(paths.post(id));
    if (!page) throw new Error(`${paths.post(id)} is not built`);
    const text = page
      .$('main .post-text')
      .toArray()
      .map((el) => squash(page.$(el).text()));
    expect(text).toEqual(texts.get(id)?.map(squash));
    expect(links(page, /^Les hele innlegget/)).toHaveLength(0);
  });
});

test('each post page is in the site search as a post, filtered by its channel', () => {
  const posts = sitemapPaths(site).filter((path) => path.startsWith('/kanaler/innlegg/'));
  const built = site.pages.filter((page) => page.path.startsWith('/kanaler/innlegg/'));
  expect(built.length).toBe(fixtureEntries('posts').filter((post) => !post['draft']).length);
  expect(posts.length).toBeGreaterThan(0);
  for (const page of built) {
    expect(page.html, page.path).toContain('data-pagefind-filter="type">post<');
    expect(page.html, page.path).toMatch(/data-pagefind-filter="channel">[^<]+</);
  }
  expect(site.page('/kanaler/side/2/')?.html).not.toContain('data-pagefind-body');
});
