// Every built page of a test site, read and parsed once per Vitest worker: the static checks
// (tests/static/) each walk the same parsed documents instead of reading the files again. The
// browser specs read it too, to pick pages by their markup.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** One built HTML file and its parsed document. */
export interface BuiltPage {
  /** The file, relative to the built site: `jobb/index.html`, `404.html`. */
  file: string;
  /** The address the page is served at: `/jobb/`, `/404.html`. */
  path: string;
  /** The page's text as built. */
  html: string;
  /** The parsed document (cheerio); never modified by a check. */
  $: CheerioAPI;
  /** Every `id` in the document, and every `<a name>`, which a `#fragment` can point to. */
  ids: ReadonlySet<string>;
}

/** A built site: its files, its origin and its pages. */
export interface BuiltSite {
  /** The test site's name (or a description of a copy), for messages. */
  name: string;
  /** The built site's folder, with a trailing slash. */
  dir: string;
  /** The origin the site was built for, read from its sitemap: `https://testvik.example`. */
  origin: string;
  /** Every file of the build, relative to `dir`, with `/` as separator. */
  files: ReadonlySet<string>;
  /** Every HTML file, parsed, in path order. */
  pages: BuiltPage[];
  /** The page served at an address, if the build has one. */
  page(path: string): BuiltPage | undefined;
  /** A built file's text (`rss.xml`, `sitemap-0.xml`). */
  read(file: string): string;
}

/** The address a built HTML file is served at. */
export function pathOf(file: string): string {
  return file === 'index.html'
    ? '/'
    : file.endsWith('/index.html')
      ? `/${file.slice(0, -'index.html'.length)}`
      : `/${file}`;
}

/** The origin in a built sitemap index, which every test site has. */
function originOf(dir: string): string {
  const index = join(dir, 'sitemap-index.xml');
  const loc = existsSync(index) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1] : '';
  if (!loc) throw new Error(`No sitemap with a <loc> in ${dir}: build the site first.`);
  return new URL(loc).origin;
}

/**
 * One page, parsed on first use of `$` or `ids`: a caller that only reads the text (the browser
 * specs choosing pages by their markup) does not pay for parsing every page of a site.
 */
export function parsePage(file: string, html: string): BuiltPage {
  let $: CheerioAPI | undefined;
  let ids: Set<string> | undefined;
  return {
    file,
    path: pathOf(file),
    html,
    get $() {
      $ ??= load(html);
      return $;
    },
    get ids() {
      if (!ids) {
        const found = new Set<string>();
        const doc = this.$;
        doc('[id]').each((_, element) => void found.add(doc(element).attr('id') ?? ''));
        doc('a[name]').each((_, element) => void found.add(doc(element).attr('name') ?? ''));
        ids = found;
      }
      return ids;
    },
  };
}

/** Reads and parses a built site in `dir`, without the cache (for a modified copy). */
export function openSite(name: string, dir: string): BuiltSite {
  const root = dir.endsWith('/') ? dir : `${dir}/`;
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${name}: no index.html in ${root}: build the site first.`);
  const origin = originOf(root);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length).replaceAll('\\', '/'))
    .sort();
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => parsePage(file, read(file)))
    .sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(pages.map((page) => [page.path, page]));
  return {
    name,
    dir: root,
    origin,
    files: new Set(files),
    pages,
    page: (path) => byPath.get(path),
    read,
  };
}

const cache = new Map<string, BuiltSite>();

/** A built test site, read and parsed on first use in this worker and kept for the next. */
export function builtSite(site: { name: string; dir: string }): BuiltSite {
  let built = cache.get(site.dir);
  if (!built) {
    built = openSite(site.name, site.dir);
    cache.set(site.dir, built);
  }
  return built;
}

/** The address of the browser editor's shell, a bare page that brings its own styles. */
export const editorPath = '/admin/';

/** The pages for visitors: every page but the browser editor's shell (its guide is one). */
export function visitorPages(site: BuiltSite): BuiltPage[] {
  return site.pages.filter((page) => page.path !== editorPath);
}

/** `items` in `count` slices of nearly equal size, in order (for a test per slice). */
export function slices<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size)).filter(
    (slice) => slice.length > 0,
  );
}
