// Reading a parsed page as a visitor's assistive technology would, without a browser: the
// accessible name of a link, heading or region from its markup, and the pages of a list found by
// following its "next" links. Only what the site's markup uses is computed: aria-labelledby,
// aria-label, and the text of the element with what is aria-hidden or hidden left out and an
// image's alt put in; CSS, which can hide text too, is for the browser tests.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { BuiltPage, BuiltSite } from '../../support/pages.ts';

/** Text of a node's subtree as a screen reader reads it: hidden parts out, image alts in. */
function nameFromContent($: CheerioAPI, node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
  const element = node as Element;
  if (['script', 'style', 'template'].includes(element.tagName)) return '';
  const $el = $(element);
  if ($el.attr('aria-hidden') === 'true' || $el.attr('hidden') !== undefined) return '';
  if (element.tagName === 'img') return $el.attr('alt') ?? '';
  const label = $el.attr('aria-label');
  if (label?.trim()) return label;
  return element.children.map((child) => nameFromContent($, child)).join('');
}

/** Collapses white space as the accessible name computation does. */
export function squash(text: string): string {
  // Soft hyphens (build-time hyphenation) are invisible and no part of a name.
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The accessible name of an element: aria-labelledby, aria-label, or its content. */
export function accessibleName($: CheerioAPI, element: Element): string {
  const $el = $(element);
  const labelledBy = $el.attr('aria-labelledby');
  if (labelledBy)
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => $(`[id="${id}"]`).text())
        .join(' '),
    );
  const label = $el.attr('aria-label');
  if (label?.trim()) return squash(label);
  return squash(element.children.map((child) => nameFromContent($, child)).join(''));
}

/**
 * The elements matching `selector` whose accessible name is `name` (or matches it), leaving out
 * hidden ones (inside `hidden`), which are in no accessibility tree, as Playwright's role queries do.
 */
export function named(
  page: BuiltPage,
  selector: string,
  name: string | RegExp,
  within?: Cheerio<Element>,
): Cheerio<Element> {
  const { $ } = page;
  const all = (within ? within.find(selector) : $(selector)) as Cheerio<Element>;
  return all.filter((_, element) => {
    if ($(element).closest('[hidden]').length > 0) return false;
    const accessible = accessibleName($, element as Element);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
}

/** Links (`a[href]`) by accessible name. */
export const links = (page: BuiltPage, name: string | RegExp, within?: Cheerio<Element>) =>
  named(page, 'a[href]', name, within);

/** Headings of any level by accessible name. */
export const headings = (page: BuiltPage, name: string | RegExp, within?: Cheerio<Element>) =>
  named(page, 'h1, h2, h3, h4, h5, h6', name, within);

/** A named region: a `section` (or role=region) with an accessible name. */
export const region = (page: BuiltPage, name: string) =>
  named(page, 'section[aria-labelledby], section[aria-label], [role="region"]', name);

/** A named navigation landmark. */
export const navigation = (page: BuiltPage, name: string) =>
  named(page, 'nav, [role="navigation"]', name);

/** The `href` of each element, in order. */
export function hrefs(elements: Cheerio<Element>): string[] {
  return elements.toArray().map((element) => element.attribs['href'] ?? '');
}

/**
 * Every page of a paginated list, from its first page, by following the pagination's `rel="next"`
 * link as a visitor would. Throws on a link to no built page or back to a page already seen.
 */
export function listPages(site: BuiltSite, first: string): BuiltPage[] {
  const found: BuiltPage[] = [];
  let path: string | undefined = first;
  while (path) {
    const page = site.page(path);
    if (!page) throw new Error(`${found.at(-1)?.path ?? first}: "next" to ${path}, not built`);
    if (found.some((seen) => seen.path === path))
      throw new Error(`${found.at(-1)?.path}: "next" back to ${path}`);
    found.push(page);
    path = page.$('nav.ds-pagination a[rel="next"]').attr('href');
  }
  return found;
}
