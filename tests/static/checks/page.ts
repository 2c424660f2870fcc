// Checks of one built page that need no layout: each takes the parsed page (and its site, to
// resolve addresses) and returns the problems it finds as `path: what is wrong`, an empty list
// when there are none. The static tests and the defect-injection test call the same functions.
import { editorPath, pathOf, type BuiltPage, type BuiltSite } from '../../support/pages.ts';

/** A check of one page. */
export type PageCheck = (site: BuiltSite, page: BuiltPage) => string[];

/** Exactly one `h1`: the page's title for screen-reader users who jump by heading. */
export const checkOneH1: PageCheck = (_site, page) => {
  const count = page.$('h1').length;
  return count === 1 ? [] : [`${page.path}: ${count} h1 elements, not one`];
};

/** `lang` on `<html>`, a well-formed language tag, so screen readers pick the right voice. */
export const checkLang: PageCheck = (_site, page) => {
  const lang = page.$('html').attr('lang');
  if (!lang) return [`${page.path}: no lang on <html>`];
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)
    ? []
    : [`${page.path}: lang="${lang}" is no language tag`];
};

/**
 * One `main`; on every page for visitors (the editor's shell at /admin/ is bare) one banner
 * `header` and one `footer` directly in `body`, the main menu in the header, and every `nav` named
 * so that a screen reader's list of landmarks tells them apart.
 */
export const checkLandmarks: PageCheck = (_site, page) => {
  const { $, path } = page;
  const problems: string[] = [];
  const mains = $('main, [role="main"]').length;
  if (mains !== 1) problems.push(`${path}: ${mains} main landmarks, not one`);
  if (path === editorPath) return problems;
  for (const landmark of ['header', 'footer']) {
    const count = $(`body > ${landmark}`).length;
    if (count !== 1) problems.push(`${path}: ${count} <${landmark}> in <body>, not one`);
  }
  if ($('body > header nav').length === 0) problems.push(`${path}: no nav in the page header`);
  const names = $('nav')
    .toArray()
    .map((nav) => {
      const labelledBy = $(nav).attr('aria-labelledby');
      return (labelledBy ? $(`[id="${labelledBy}"]`).text() : $(nav).attr('aria-label'))?.trim();
    });
  if (names.some((name) => !name)) problems.push(`${path}: a nav without an accessible name`);
  const named = names.filter(Boolean);
  if (new Set(named).size !== named.length)
    problems.push(`${path}: two nav landmarks share a name (${named.join(', ')})`);
  return problems;
};

/** Every address in a `srcset`. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Attributes that hold an address, by the elements that carry them. */
const addressAttributes: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
];

/** Every address in the page's markup, with where it is, as written. */
export function pageAddresses(page: BuiltPage): { where: string; url: string }[] {
  const { $ } = page;
  const found: { where: string; url: string }[] = [];
  for (const [selector, attribute] of addressAttributes) {
    const tag = selector.replace(/\[.*$/, '');
    $(selector).each((_, element) => {
      found.push({ where: `<${tag} ${attribute}>`, url: $(element).attr(attribute) ?? '' });
    });
  }
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const url of srcsetUrls($(element).attr('srcset') ?? ''))
      found.push({ where: `<${element.tagName} srcset>`, url });
  });
  return found;
}

/** The built file an address on the site points to, or `undefined` if the build has none. */
export function builtFile(site: BuiltSite, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\//, '');
  } catch {
    return undefined;
  }
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return site.files.has(file) ? file : undefined;
}

/** Schemes that name no file of the site. */
const otherSchemes = /^(mailto|tel|sms|javascript|data|blob):/i;

/**
 * Every address on the page that points into the site (relative, or absolute on the site's own
 * origin: canonical, alternates, og:image, feeds) names a built file, and every `#fragment`
 * names an element id on the page it points to. A `#` alone and `#top` go to the top of a page.
 */
export const checkInternalLinks: PageCheck = (site, page) => {
  const base = `${site.origin}${page.path}`;
  const problems: string[] = [];
  for (const { where, url } of pageAddresses(page)) {
    if (url.trim() === '' || otherSchemes.test(url.trim())) continue;
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      problems.push(`${page.path}: ${where} "${url}" is no valid address`);
      continue;
    }
    if (target.origin !== site.origin) continue;
    const file = builtFile(site, target.pathname);
    if (!file) {
      problems.push(`${page.path}: ${where} "${url}" names no built file`);
      continue;
    }
    const fragment = target.hash.slice(1);
    if (!fragment || fragment === 'top' || fragment.startsWith(':~:') || !file.endsWith('.html'))
      continue;
    // By the file's own address: the link's may be percent-encoded.
    const linked = site.page(pathOf(file));
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      // An undecodable fragment is compared as written.
    }
    if (!linked?.ids.has(id))
      problems.push(
        `${page.path}: ${where} "${url}": no element with id "${id}" on ${target.pathname}`,
      );
  }
  return problems;
};

/** `rel` values of a `<link>` that the browser never fetches on its own. */
const nonLoadingRels = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'help',
  'license',
  'me',
  'next',
  'prev',
  'search',
  'cms-config-url',
]);

/** `url(…)` and `@import "…"` addresses in CSS text. */
export function cssUrls(css: string): string[] {
  return [
    ...[...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((match) => match[2] ?? ''),
    ...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((match) => match[2] ?? ''),
  ];
}

/**
 * Addresses the browser would fetch as the page loads, before any consent: scripts, styles,
 * icons, images, media, frames, objects, CSS `url()` in attributes and `<style>`, and where a
 * meta refresh leads. A link a visitor follows (`<a href>`) may go anywhere.
 */
export function loadedAddresses(page: BuiltPage): { where: string; url: string }[] {
  const { $ } = page;
  const found: { where: string; url: string }[] = [];
  const add = (where: string, url: string | undefined) => {
    if (url) found.push({ where, url });
  };
  $('script[src]').each((_, el) => add('<script src>', $(el).attr('src')));
  $('link[href]').each((_, el) => {
    const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (rels.length === 0 || rels.some((rel) => !nonLoadingRels.has(rel)))
      add(`<link rel="${rels.join(' ')}">`, $(el).attr('href'));
  });
  for (const [selector, attribute] of [
    ['img', 'src'],
    ['source', 'src'],
    ['video', 'src'],
    ['video', 'poster'],
    ['audio', 'src'],
    ['track', 'src'],
    ['iframe', 'src'],
    ['frame', 'src'],
    ['embed', 'src'],
    ['object', 'data'],
    ['input', 'src'],
    ['image', 'href'],
    ['image', 'xlink:href'],
    ['use', 'href'],
    ['use', 'xlink:href'],
  ] as const) {
    $(`${selector}[${attribute.replace(':', '\\:')}]`).each((_, el) =>
      add(`<${selector} ${attribute}>`, $(el).attr(attribute)),
    );
  }
  $('img[srcset], source[srcset]').each((_, el) => {
    for (const url of srcsetUrls($(el).attr('srcset') ?? '')) add(`<${el.tagName} srcset>`, url);
  });
  $('[style]').each((_, el) => {
    for (const url of cssUrls($(el).attr('style') ?? '')) add(`<${el.tagName} style>`, url);
  });
  $('style').each((_, el) => {
    for (const url of cssUrls($(el).text())) add('<style>', url);
  });
  $('meta[http-equiv]').each((_, el) => {
    if (($(el).attr('http-equiv') ?? '').toLowerCase() !== 'refresh') return;
    add(
      '<meta http-equiv="refresh">',
      /url\s*=\s*['"]?([^'"\s]+)/i.exec($(el).attr('content') ?? '')?.[1],
    );
  });
  return found;
}

/**
 * Nothing on the page loads from another host before the visitor asks for it: the site makes
 * no third-party request and sets no third-party cookie by default (GDPR). The site's own origin
 * counts as its own host.
 */
export const checkNoForeignLoads: PageCheck = (site, page) =>
  loadedAddresses(page).flatMap(({ where, url }) => {
    let target: URL;
    try {
      target = new URL(url, `${site.origin}${page.path}`);
    } catch {
      return [`${page.path}: ${where} "${url}" is no valid address`];
    }
    if (!/^https?:$/.test(target.protocol) || target.origin === site.origin) return [];
    return [`${page.path}: ${where} loads ${url} from another host before consent`];
  });

/** The `content` of the page's `<meta>` with this `property` or `name`. */
export function metaContent(page: BuiltPage, key: string): string | undefined {
  return page.$(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content');
}

/** True when the page tells search engines not to index it. */
export function isNoindex(page: BuiltPage): boolean {
  return page
    .$('meta[name="robots"]')
    .toArray()
    .some((el) => /\bnoindex\b/i.test(page.$(el).attr('content') ?? ''));
}

/**
 * A title and a description; Open Graph and Twitter card meta; og:url the page's own address
 * and, on a page search engines may index, the canonical link the same; a preview image from the
 * site's own build with its alt text; and the main feed announced under the site's name. The
 * editor's shell at /admin/ and the 404 page need only a title.
 */
export const checkMeta: PageCheck = (site, page) => {
  const { path } = page;
  const problems: string[] = [];
  if (!page.$('head > title').text().trim()) problems.push(`${path}: no <title>`);
  if (path === editorPath || path === '/404.html') return problems;
  const url = `${site.origin}${path}`;
  if (!metaContent(page, 'description')) problems.push(`${path}: no meta description`);
  if (!isNoindex(page)) {
    const canonical = page.$('link[rel="canonical"]').attr('href');
    if (canonical !== url)
      problems.push(`${path}: canonical ${canonical ?? 'missing'}, not ${url}`);
  }
  const ogUrl = metaContent(page, 'og:url');
  if (ogUrl !== url) problems.push(`${path}: og:url ${ogUrl ?? 'missing'}, not ${url}`);
  for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card']) {
    if (!metaContent(page, key)) problems.push(`${path}: no ${key}`);
  }
  const image = metaContent(page, 'og:image');
  if (image !== undefined) {
    if (!image.startsWith(`${site.origin}/_astro/`))
      problems.push(`${path}: og:image ${image} is not from the site's build`);
    if (metaContent(page, 'og:image:alt') === undefined) problems.push(`${path}: no og:image:alt`);
  }
  const siteName = metaContent(page, 'og:site_name');
  const feed = page
    .$('link[rel="alternate"][type="application/rss+xml"]')
    .toArray()
    .some(
      (el) =>
        page.$(el).attr('title') === `Alt nytt – ${siteName}` &&
        page.$(el).attr('href') === `${site.origin}/rss.xml`,
    );
  if (!feed) problems.push(`${path}: the main feed is not announced as "Alt nytt – ${siteName}"`);
  return problems;
};

/** Every JSON-LD block of the page, parsed, or the parser's message for one that does not parse. */
export function jsonLdBlocks(page: BuiltPage): (Record<string, unknown> | Error)[] {
  return page
    .$('script[type="application/ld+json"]')
    .toArray()
    .map((el) => {
      try {
        return JSON.parse(page.$(el).text()) as Record<string, unknown>;
      } catch (error) {
        return error as Error;
      }
    });
}

/** The `@type` of each JSON-LD block that parses. */
export function jsonLdTypes(page: BuiltPage): unknown[] {
  return jsonLdBlocks(page)
    .filter((block) => !(block instanceof Error))
    .map((block) => (block as Record<string, unknown>)['@type']);
}

/**
 * Every JSON-LD block parses, is schema.org with a type, and its `url`, when it names a page of
 * the site, names a built one.
 */
export const checkJsonLd: PageCheck = (site, page) =>
  jsonLdBlocks(page).flatMap((block) => {
    if (block instanceof Error) return [`${page.path}: JSON-LD does not parse: ${block.message}`];
    const problems: string[] = [];
    if (block['@context'] !== 'https://schema.org')
      problems.push(`${page.path}: JSON-LD @context ${String(block['@context'])}`);
    if (typeof block['@type'] !== 'string' || !block['@type'])
      problems.push(`${page.path}: JSON-LD without @type`);
    const url = typeof block['url'] === 'string' ? block['url'] : undefined;
    if (url?.startsWith(`${site.origin}/`) && !builtFile(site, new URL(url).pathname))
      problems.push(`${page.path}: JSON-LD url ${url} names no built page`);
    return problems;
  });
