// Checks of a whole built site that need no browser: feeds, sitemap, the CSS budget, what the
// example mark changes outside the page, empty collections, and copying from the source
// article. Each returns the problems it finds, an empty list when there are none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { JSDOM } from 'jsdom';
import { embedFor } from '../../../src/core/embeds/embeds';
import { useTranslations } from '../../../src/core/i18n';
import { platformIds } from '../../../src/core/embeds/platforms';
import { paths } from '../../../src/core/urls';
import { copiedRuns, htmlText } from '../../support/word-runs';
import { repo } from '../../support/sites.ts';
import { visitorPages, type BuiltPage, type BuiltSite } from '../../support/pages.ts';
import { builtFile, isNoindex, jsonLdBlocks, jsonLdTypes } from './page.ts';

// ---------------------------------------------------------------------------------------------
// Feeds

/** Feed item as fast-xml-parser reads it. */
interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category: string;
  'media:thumbnail'?: { '@_url': string; '@_width': string; '@_height': string };
}

const feedParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item',
  processEntities: true,
  htmlEntities: true,
});

/** The main feed and every feed under /rss/, as site paths. */
export function feedPaths(site: BuiltSite): string[] {
  return [
    '/rss.xml',
    ...[...site.files].filter((file) => /^rss\/[^/]+\.xml$/.test(file)).map((file) => `/${file}`),
  ];
}

/** Every URL in `href`, `src`, `poster`, `cite` and `srcset` attributes of an HTML fragment. */
function urlsIn(html: string): string[] {
  const single = [...html.matchAll(/\s(?:href|src|poster|cite)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const sets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  return [...single, ...sets];
}

/** RFC 822 as RSS 2.0 asks for it, e.g. "Tue, 01 Sep 2026 00:00:00 GMT". */
const rfc822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Whether a site-absolute URL names a file of the build. */
function inBuild(site: BuiltSite, url: string): boolean {
  try {
    return builtFile(site, new URL(url).pathname) !== undefined;
  } catch {
    return false;
  }
}

/**
 * One feed, whatever entries it holds (none included): well-formed RSS with the stylesheet, the
 * language and the site's address; unique guids equal to the links; every link on the site and
 * built; RFC 822 dates, newest first; a title and category per item; full content (longer than
 * the description, no script, style or frame) whose links and images are all absolute, those on
 * the site built; a thumbnail from the build with a width.
 */
export function checkFeed(site: BuiltSite, path: string): string[] {
  const at = (message: string) => `${path}: ${message}`;
  const file = path.slice(1);
  if (!site.files.has(file)) return [at('not in the build')];
  const xml = site.read(file);
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    return [at(`not well-formed XML: ${(error as Error).message}`)];
  }
  const problems: string[] = [];
  if (!xml.includes('<?xml-stylesheet href="/rss/feed.xsl" type="text/xsl"?>'))
    problems.push(at('no stylesheet /rss/feed.xsl'));
  const channel = (feedParser.parse(xml) as { rss?: { channel?: Record<string, unknown> } }).rss
    ?.channel;
  if (!channel) return [...problems, at('no rss > channel')];
  if (channel['language'] !== 'nb-no') problems.push(at(`language ${String(channel['language'])}`));
  if (String(channel['link']) !== `${site.origin}/`)
    problems.push(at(`channel link ${String(channel['link'])}`));
  if (!String(channel['title'] ?? '')) problems.push(at('no channel title'));
  const items = (channel['item'] as FeedItem[] | undefined) ?? [];
  const guids = items.map((item) => item.guid?.['#text']);
  if (new Set(guids).size !== guids.length) problems.push(at('two items share a guid'));
  for (const item of items) {
    const link = String(item.link ?? '');
    if (item.guid?.['#text'] !== link) problems.push(at(`guid of ${link} is not its link`));
    if (!link.startsWith(`${site.origin}/`)) problems.push(at(`link ${link} is not on the site`));
    else if (!inBuild(site, link)) problems.push(at(`link ${link} is not in the build`));
    if (!rfc822.test(String(item.pubDate))) problems.push(at(`${link}: pubDate ${item.pubDate}`));
    if (!String(item.title ?? '')) problems.push(at(`${link}: no title`));
    if (!String(item.category ?? '')) problems.push(at(`${link}: no category`));
    const html = String(item['content:encoded'] ?? '');
    if (html.length <= String(item.description ?? '').length)
      problems.push(at(`${link}: no full content`));
    if (/<script|<style|<iframe/i.test(html))
      problems.push(at(`${link}: content with a script, style or frame`));
    for (const url of urlsIn(html)) {
      if (!/^(https:\/\/|mailto:|tel:)/.test(url))
        problems.push(at(`${link}: relative address ${url} in the content`));
      else if (url.startsWith(`${site.origin}/`) && !inBuild(site, url))
        problems.push(at(`${link}: ${url} is not in the build`));
    }
    const thumbnail = item['media:thumbnail'];
    if (thumbnail) {
      const url = thumbnail['@_url'];
      if (!url.startsWith(`${site.origin}/_astro/`) || !inBuild(site, url))
        problems.push(at(`${link}: thumbnail ${url} is not from the build`));
      if (!(Number(thumbnail['@_width']) > 0))
        problems.push(at(`${link}: thumbnail without width`));
    }
  }
  const dates = items.map((item) => Date.parse(item.pubDate));
  if (dates.some((date, i) => i > 0 && date > (dates[i - 1] ?? 0)))
    problems.push(at('items are not newest first'));
  return problems;
}

/**
 * Every feed as checkFeed checks it; a main feed and feeds under /rss/; every feed and the
 * feed stylesheet parse with a browser's strict XML parser (jsdom's, which reports an error as
 * <parsererror> as browsers do); the feeds page lists each feed once in its main content.
 */
export function checkFeeds(site: BuiltSite): string[] {
  const feeds = feedPaths(site);
  const problems = feeds.flatMap((path) => checkFeed(site, path));
  if (feeds.filter((path) => site.files.has(path.slice(1))).length < 2)
    problems.push('no main feed and feeds under /rss/');
  const { window } = new JSDOM('');
  try {
    for (const path of [...feeds, paths.feedStylesheet]) {
      if (!site.files.has(path.slice(1))) continue;
      const doc = new window.DOMParser().parseFromString(
        site.read(path.slice(1)),
        'application/xml',
      );
      const error = doc.querySelector('parsererror');
      if (error) problems.push(`${path}: the XML parser reports ${error.textContent?.trim()}`);
    }
  } finally {
    window.close();
  }
  const feedsPage = site.page('/rss/');
  if (!feedsPage) problems.push('no feeds page /rss/');
  for (const path of feeds) {
    const count = feedsPage?.$(`main a[href="${path}"]`).length ?? 0;
    if (feedsPage && count !== 1) problems.push(`/rss/ links ${path} ${count} times, not once`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Sitemap

/** Every page address the sitemaps list, from the sitemap files named in the sitemap index. */
export function sitemapPaths(site: BuiltSite): string[] {
  return [...site.files]
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      [...site.read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => new URL(match[1] ?? '').pathname,
      ),
    );
}

/**
 * The sitemap index names sitemaps in the build, robots.txt names the index, and every address
 * listed is on the site, built, listed once, and not kept out of search.
 */
export function checkSitemap(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const [, loc] of site.read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    if (!loc?.startsWith(`${site.origin}/`) || !inBuild(site, loc))
      problems.push(`sitemap-index.xml: ${loc} is not in the build`);
  }
  if (!site.files.has('robots.txt')) problems.push('no robots.txt');
  else if (!site.read('robots.txt').includes(`Sitemap: ${site.origin}/sitemap-index.xml`))
    problems.push('robots.txt does not name the sitemap index');
  const seen = new Set<string>();
  for (const file of [...site.files].filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
    for (const [, loc] of site.read(file).matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = loc ?? '';
      if (!url.startsWith(`${site.origin}/`)) problems.push(`${file}: ${url} is not on the site`);
      const path = new URL(url).pathname;
      if (seen.has(path)) problems.push(`${file}: ${path} listed twice`);
      seen.add(path);
      const page = site.page(path);
      if (!page) problems.push(`${file}: ${path} is not a built page`);
      else if (isNoindex(page)) problems.push(`${file}: ${path} is noindex but listed`);
    }
  }
  if (seen.size === 0) problems.push('the sitemaps list no page');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// CSS budget

/** The most CSS a page may load, gzip-compressed as nginx sends it. */
export const cssBudget = 12 * 1024;

/** The `gzip_comp_level` of the shipped nginx configuration (nginx's default is 1). */
export const gzipLevel = Number(
  /^\s*gzip_comp_level\s+(\d)\s*;/m.exec(
    readFileSync(join(repo, 'src/deploy/nginx.conf'), 'utf8'),
  )?.[1] ?? 1,
);

/** The stylesheets a page links, each once (a browser fetches a repeated one only once). */
export function linkedStylesheets(page: BuiltPage): string[] {
  return [
    ...new Set(
      page
        .$('link[href]')
        .toArray()
        .filter((el) =>
          (page.$(el).attr('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'),
        )
        .map((el) => page.$(el).attr('href') ?? ''),
    ),
  ];
}

/**
 * Every page for visitors (the editor brings its own styles) loads at most `budget` bytes of
 * CSS: the stylesheets it links, each counted once, as nginx compresses them. Returns the
 * problems and the page with the most CSS.
 */
export function checkCssBudget(
  site: BuiltSite,
  budget = cssBudget,
): { problems: string[]; largest: { path: string; bytes: number } } {
  const sizes = new Map<string, number>();
  const problems: string[] = [];
  let largest = { path: '', bytes: 0 };
  for (const page of visitorPages(site)) {
    let bytes = 0;
    for (const href of linkedStylesheets(page)) {
      const file = builtFile(site, new URL(href, `${site.origin}${page.path}`).pathname);
      if (!file) {
        problems.push(`${page.path} links ${href}, which is not in the built site`);
        continue;
      }
      if (!sizes.has(file))
        sizes.set(file, gzipSync(readFileSync(join(site.dir, file)), { level: gzipLevel }).length);
      bytes += sizes.get(file) ?? 0;
    }
    if (bytes > largest.bytes) largest = { path: page.path, bytes };
    if (bytes > budget)
      problems.push(
        `${page.path}: ${bytes} bytes of CSS (gzip level ${gzipLevel}), over ${budget}`,
      );
  }
  return { problems, largest };
}

// ---------------------------------------------------------------------------------------------
// Example content

/** Addresses on (part of) a page that point at one post or video on a platform. */
function singlePostAddresses(page: BuiltPage, within: ReturnType<BuiltPage['$']>): string[] {
  return within
    .find('[href], [src], [data-embed-src]')
    .addBack('[href], [src], [data-embed-src]')
    .toArray()
    .flatMap((el) => ['href', 'src', 'data-embed-src'].map((name) => page.$(el).attr(name)))
    .filter((url): url is string => !!url)
    .filter((url) => platformIds.some((platform) => embedFor(platform, url)));
}

/** The pages of the site at their folder addresses (`…/index.html`), as the sitemap lists them. */
function folderPages(site: BuiltSite): BuiltPage[] {
  return site.pages.filter((page) => page.file.endsWith('index.html'));
}

/** True when the page shows the example notice. */
export function isExamplePage(page: BuiltPage): boolean {
  return page.$('[data-example-notice]').length > 0;
}

// The lists of jobs (soonest deadline or newest first) share the job pages' address prefix.
const jobLists = new Set<string>([
  ...Object.values(paths.jobs),
  ...Object.values(paths.jobsNewest),
]);

/**
 * Example content cannot pass for real outside the page, whatever entries the site was built
 * from: no example post card links to or embeds its made-up original; every page showing the
 * example notice is noindex, absent from the sitemap, carries no JSON-LD and, outside post cards
 * (a real post may be listed on an example page), nothing that would load or link one post or
 * video on a platform; no JSON-LD anywhere describes an example page. Every other page that is
 * not noindex (the lists of jobs aside) is in the sitemap, open jobs and videos with their
 * JobPosting and VideoObject.
 */
export function checkExampleContent(site: BuiltSite): string[] {
  const pages = folderPages(site);
  if (pages.length === 0) return ['the built site has no pages to check'];
  const listed = new Set(sitemapPaths(site));
  const problems: string[] = [];
  for (const page of pages) {
    page.$('article.social-card').each((_, card) => {
      const $card = page.$(card);
      if ($card.find('[data-example-post]').length === 0) return;
      if ($card.find('[data-embed-src], iframe').length > 0)
        problems.push(`${page.path}: an example post card with an embed`);
      for (const url of singlePostAddresses(page, $card))
        problems.push(`${page.path}: an example post card links ${url}`);
    });
  }
  const examples = pages.filter(isExamplePage);
  for (const page of examples) {
    const at = (message: string) => `example page ${page.path}: ${message}`;
    if (!isNoindex(page)) problems.push(at('not noindex'));
    if (listed.has(page.path)) problems.push(at('listed in the sitemap'));
    const types = jsonLdTypes(page);
    if (types.length > 0) problems.push(at(`JSON-LD ${types.join(', ')}`));
    const own = page
      .$('[data-embed-src], [data-video-player], iframe')
      .filter((_, el) => page.$(el).closest('article.social-card').length === 0);
    if (own.length > 0) problems.push(at('an embed control'));
    const outsideCards = page
      .$('body')
      .find('[href], [src], [data-embed-src]')
      .filter((_, el) => page.$(el).closest('article.social-card').length === 0);
    for (const url of singlePostAddresses(page, outsideCards))
      problems.push(at(`links to a single post or video: ${url}`));
  }
  for (const page of pages) {
    if (isExamplePage(page) || isNoindex(page) || jobLists.has(page.path)) continue;
    if (!listed.has(page.path)) problems.push(`published page ${page.path} is not in the sitemap`);
    const types = jsonLdTypes(page);
    if (
      /^\/(jobb\/video|en\/jobs\/videos)\/[^/]+\/$/.test(page.path) &&
      !types.includes('VideoObject')
    )
      problems.push(`video page ${page.path} has no VideoObject`);
    if (
      /^\/(jobb\/stillinger|en\/jobs\/positions)\/[^/]+\/$/.test(page.path) &&
      !types.includes('JobPosting')
    )
      problems.push(`job page ${page.path} has no JobPosting`);
  }
  const exampleUrls = new Set(examples.map((page) => page.path));
  for (const page of pages) {
    for (const block of jsonLdBlocks(page)) {
      if (block instanceof Error || typeof block['url'] !== 'string') continue;
      if (exampleUrls.has(new URL(block['url']).pathname))
        problems.push(`${page.path}: JSON-LD describes the example page ${block['url']}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Empty collections

const nb = useTranslations('nb');
const en = useTranslations('en');

/** Where each feed's entries are listed, and what those pages say when it has none. */
export const emptyCollectionPages: { feed: string; pages: [string, string][] }[] = [
  {
    feed: paths.feed.jobs,
    pages: [
      [paths.home.nb, nb('home.jobs.none')],
      [paths.home.en, en('home.jobs.none')],
      [paths.jobs.nb, nb('recruit.jobs.none')],
      [paths.jobs.en, en('recruit.jobs.none')],
      [paths.jobsHome.nb, nb('recruit.jobs.none')],
    ],
  },
  {
    feed: paths.feed.posts,
    pages: [
      [paths.home.nb, nb('home.posts.none')],
      [paths.channels, nb('social.feed.empty')],
    ],
  },
  {
    feed: paths.feed.news,
    pages: [
      [paths.home.nb, nb('home.news.none')],
      [paths.news, nb('news.none')],
    ],
  },
  {
    feed: paths.feed.videos,
    pages: [
      [paths.home.nb, nb('home.videos.none')],
      [paths.home.en, en('home.videos.none')],
      [paths.videos.nb, nb('recruit.videos.none')],
      [paths.videos.en, en('recruit.videos.none')],
    ],
  },
];

/** Whether the built feed has no item. */
export function feedIsEmpty(site: BuiltSite, feed: string): boolean {
  return !site.read(feed.slice(1)).includes('<item>');
}

/**
 * Where a feed is empty, each page listing its entries says so in its main content: an element
 * whose whole text is the dictionary's "none yet" sentence, not inside anything hidden.
 */
export function checkEmptyCollection(site: BuiltSite, feed: string): string[] {
  const pages = emptyCollectionPages.find((c) => c.feed === feed)?.pages ?? [];
  return pages.flatMap(([path, text]) => {
    const page = site.page(path);
    if (!page) return [`${path}: not built`];
    const says = page
      .$('main *')
      .toArray()
      .some(
        (el) =>
          page.$(el).text().replace(/\s+/g, ' ').trim() === text &&
          page.$(el).closest('[hidden], [aria-hidden="true"]').length === 0,
      );
    return says ? [] : [`${path}: ${feed} is empty, but the page does not say "${text}"`];
  });
}

// ---------------------------------------------------------------------------------------------
// Source article

/** Hashes of every eight-word run of the source article, which is not in the repository. */
const sourceHashes = new Set(
  readFileSync(join(repo, 'tests/fixtures/source-article/hashes.txt'), 'utf8')
    .split('\n')
    .filter(Boolean),
);

/** Phrases the site may quote from the article whole: the KS report's title. */
const allowedQuotes = ['Hvordan lykkes kommunesektoren i sosiale medier?'];

/** No page repeats eight or more consecutive words of the source article, except the quotes. */
export function checkSourceOverlap(_site: BuiltSite, page: BuiltPage): string[] {
  return copiedRuns(htmlText(page.html), sourceHashes, allowedQuotes).map(
    (run) => `${page.path}: "${run}"`,
  );
}
