// The fixture site's posts written by `npm run sync` (tests/fixtures/site/content/posts/, from
// the recorded sources): a published one is a post like any other, a draft builds nothing. Every
// other check (links, axe, vnu, feeds, foreign URLs) already runs over every built page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { builtSite } from '../support/pages.ts';
import { sites } from '../support/sites.ts';
import { sitemapPaths } from './checks/site.ts';
import { paths } from '../../src/core/urls.ts';

const dir = join(sites.fixture.contentDir, 'posts');
const synced = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as {
      draft?: boolean;
      source?: { system: string };
      url?: string;
    };
    return {
      id: name.replace(/\.mdx$/, ''),
      data,
      body: text.replace(/^---\n[\s\S]*?\n---\n/, ''),
    };
  })
  .filter((post) => post.data.source);
const published = synced.filter((post) => !post.data.draft);
const drafts = synced.filter((post) => post.data.draft);

describe('synced posts on the fixture site', () => {
  const site = builtSite(sites.fixture);

  test('the fixture has published and draft posts from the sync', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(drafts.length).toBeGreaterThan(0);
  });

  test.each(published.map((post) => [post.id, post] as const))(
    '%s has its page, with its text and the way to the original',
    (_, post) => {
      const page = site.page(paths.post(post.id));
      expect(page).toBeDefined();
      const text = page!.$('main').text();
      const firstLine = post.body.trim().split('\n')[0]!;
      expect(text).toContain(firstLine.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
      expect(page!.$(`a[href="${post.data.url}"]`).text()).toMatch(/^Se innlegget på /);
    },
  );

  test('a draft has no page, and is in no list, feed or sitemap', () => {
    const sitemap = sitemapPaths(site);
    const feed = site.read(paths.feed.posts.slice(1));
    for (const post of drafts) {
      expect(site.page(paths.post(post.id)), post.id).toBeUndefined();
      expect(sitemap).not.toContain(paths.post(post.id));
      expect(feed).not.toContain(paths.post(post.id));
      // No link to it: its page's address appears nowhere.
      for (const page of site.pages) {
        expect(page.html, page.path).not.toContain(`href="${paths.post(post.id)}"`);
      }
    }
  });
});
