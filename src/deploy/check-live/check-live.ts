/**
 * `npm run check:live -- URL`: checks a published site as a visitor's browser meets it. Each
 * check returns the faults it found, each naming the address and what was expected, so that
 * the report says what to fix. The browser part (requests to other hosts) is in
 * `foreign-requests.ts`; the command line in `cli.ts`.
 */
import { load } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { adminSecurityHeaders, securityHeaders } from '../security-headers.ts';

/** The outcome of one check. */
export interface CheckResult {
  /** What was checked, e.g. "security headers". */
  name: string;
  /** What was found wrong; empty when the check passed. */
  faults: string[];
  /** What a passing check saw, e.g. "214 addresses answer 200". */
  summary: string;
}

/** The headers a response must carry, name and value. */
export type ExpectedHeaders = [string, string][];

export interface CheckOptions {
  /** Headers of pages, feeds and errors (default: the shipped ones). */
  siteHeaders?: ExpectedHeaders;
  /** Headers of the browser editor under /admin/ (default: the shipped ones). */
  adminHeaders?: ExpectedHeaders;
  /** Requests at once while walking the sitemap. */
  concurrency?: number;
  /** Milliseconds before one request is given up. */
  timeout?: number;
}

/** A response read once: status, headers and text. */
interface Fetched {
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

const xml = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) => ['url', 'sitemap', 'item'].includes(name),
});

/** Reads `path` on the site at `base`, without following redirects. */
async function get(base: URL, path: string, timeout: number): Promise<Fetched> {
  const url = new URL(path, base).href;
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeout) });
    return { url, status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const reason = (error as Error).cause ?? error;
    throw new Error(`${path}: no answer (${(reason as Error).message ?? reason})`);
  }
}

/** `path` on the checked site for an address the site names with its own origin. */
function pathOf(address: string): string {
  const url = new URL(address);
  return `${url.pathname}${url.search}`;
}

/** Runs `work` on every item, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/** The addresses of the site's sitemap index and every sitemap it names. */
export async function sitemapAddresses(base: URL, timeout: number): Promise<string[]> {
  const index = await get(base, '/sitemap-index.xml', timeout);
  if (index.status !== 200) {
    throw new Error(
      `/sitemap-index.xml answered ${index.status}, expected 200 with the sitemap index.`,
    );
  }
  const sitemaps: { loc: string }[] = xml.parse(index.text)?.sitemapindex?.sitemap ?? [];
  const addresses: string[] = [];
  for (const { loc } of sitemaps) {
    const sitemap = await get(base, pathOf(loc), timeout);
    if (sitemap.status !== 200)
      throw new Error(`${pathOf(loc)} answered ${sitemap.status}, expected 200.`);
    const urls: { loc: string }[] = xml.parse(sitemap.text)?.urlset?.url ?? [];
    addresses.push(...urls.map((url) => url.loc));
  }
  if (addresses.length === 0) throw new Error('The sitemap names no address.');
  return addresses;
}

/** Every address of the sitemap answers 200. */
async function checkSitemap(
  base: URL,
  addresses: string[],
  options: Required<CheckOptions>,
): Promise<CheckResult> {
  const faults: string[] = [];
  await eachLimited(addresses, options.concurrency, async (address) => {
    const path = pathOf(address);
    try {
      const response = await get(base, path, options.timeout);
      if (response.status !== 200) {
        const where = response.headers.get('location');
        faults.push(
          `${path} answered ${response.status}${where ? ` (to ${where})` : ''}, expected 200.`,
        );
      }
    } catch (error) {
      faults.push((error as Error).message);
    }
  });
  const origins = [...new Set(addresses.map((address) => new URL(address).origin))];
  const elsewhere = origins.filter((origin) => origin !== base.origin);
  return {
    name: 'sitemap',
    faults: faults.sort(),
    summary:
      `${addresses.length} addresses answer 200` +
      (elsewhere.length > 0
        ? ` (the sitemap names ${elsewhere.join(', ')}; checked on ${base.origin})`
        : ''),
  };
}

/** The text of a page's `<title>`. */
function titleOf(html: string): string {
  return load(html)('title').first().text().trim();
}

/** An unknown address answers 404 with the site's own 404 page. */
async function checkNotFound(base: URL, timeout: number): Promise<CheckResult> {
  const path = `/check-live-${Date.now().toString(36)}/`;
  const [unknown, page] = await Promise.all([
    get(base, path, timeout),
    get(base, '/404.html', timeout),
  ]);
  const faults: string[] = [];
  if (unknown.status !== 404) {
    faults.push(`An unknown address (${path}) answered ${unknown.status}, expected 404.`);
  }
  const expected = titleOf(page.text);
  if (page.status !== 200 || !expected) {
    faults.push(`/404.html answered ${page.status} without a title; expected the site's 404 page.`);
  } else if (titleOf(unknown.text) !== expected) {
    faults.push(
      `An unknown address (${path}) showed "${titleOf(unknown.text)}", expected the site's 404 page ("${expected}").`,
    );
  }
  return {
    name: 'unknown address',
    faults,
    summary: `${path} answers 404 with the site's 404 page`,
  };
}

/** Faults of one response's headers against the expected ones. */
export function headerFaults(path: string, headers: Headers, expected: ExpectedHeaders): string[] {
  return expected.flatMap(([name, value]) => {
    const got = headers.get(name);
    if (got === null) return [`${path}: ${name} is missing.`];
    return got === value ? [] : [`${path}: ${name} is "${got}", expected "${value}".`];
  });
}

/** Feed addresses the site links: from the front page's head and the feeds page. */
async function feedPaths(base: URL, timeout: number): Promise<string[]> {
  const paths = new Set<string>();
  for (const page of ['/', '/rss/']) {
    const response = await get(base, page, timeout);
    if (response.status !== 200) continue;
    const $ = load(response.text);
    $('link[rel="alternate"][type="application/rss+xml"], a[href$=".xml"]').each((_, element) => {
      const href = $(element).attr('href');
      if (!href) return;
      const url = new URL(href, new URL(page, base));
      if (
        url.origin === base.origin &&
        url.pathname.endsWith('.xml') &&
        !url.pathname.startsWith('/sitemap')
      ) {
        paths.add(url.pathname);
      }
    });
  }
  return [...paths].sort();
}

/** Every feed the site links parses as RSS, with a channel title. */
async function checkFeeds(
  base: URL,
  feeds: string[],
  options: Required<CheckOptions>,
): Promise<CheckResult> {
  const faults: string[] =
    feeds.length === 0 ? ['No feed found: expected RSS links on / and /rss/.'] : [];
  await eachLimited(feeds, options.concurrency, async (path) => {
    const response = await get(base, path, options.timeout);
    if (response.status !== 200)
      return void faults.push(`${path} answered ${response.status}, expected 200.`);
    const valid = XMLValidator.validate(response.text);
    if (valid !== true)
      return void faults.push(
        `${path} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`,
      );
    if (!xml.parse(response.text)?.rss?.channel?.title)
      faults.push(`${path} is no RSS feed: expected <rss><channel><title>.`);
  });
  return { name: 'feeds', faults: faults.sort(), summary: `${feeds.length} feeds parse as RSS` };
}

/** The security headers on a page, a feed, an error and the editor. */
async function checkHeaders(
  base: URL,
  feed: string | undefined,
  options: Required<CheckOptions>,
): Promise<CheckResult> {
  const targets: [string, ExpectedHeaders][] = [
    ['/', options.siteHeaders],
    ...(feed ? [[feed, options.siteHeaders] as [string, ExpectedHeaders]] : []),
    [`/check-live-missing/`, options.siteHeaders],
    ['/admin/', options.adminHeaders],
  ];
  const faults: string[] = [];
  for (const [path, expected] of targets) {
    const response = await get(base, path, options.timeout);
    faults.push(...headerFaults(path, response.headers, expected));
  }
  return {
    name: 'security headers',
    faults,
    summary: `the shipped headers on ${targets.map(([path]) => path).join(', ')}`,
  };
}

/** Content types Decap's configuration may be served as: it reads the file only as YAML. */
const yamlType = /^(?:text|application)\/(?:x-)?yaml\b/;

/** Content types a browser runs a module script from (the HTML standard's JavaScript MIME types). */
const javascriptType = /^(?:text|application)\/(?:x-)?(?:java|ecma)script\b/;

/**
 * /admin/ answers, and the editor can start: its module scripts (which carry its configuration)
 * are served as JavaScript, since a browser refuses a module script of any other type; and a
 * configuration file, if the page still names one, is YAML with a back end and collections.
 */
async function checkAdmin(base: URL, timeout: number): Promise<CheckResult> {
  const adminUrl = new URL('/admin/', base);
  const admin = await get(base, '/admin/', timeout);
  if (admin.status !== 200) {
    return {
      name: 'editor',
      faults: [`/admin/ answered ${admin.status}, expected 200.`],
      summary: '',
    };
  }
  const $ = load(admin.text);
  const faults: string[] = [];
  const scripts = $('script[type="module"][src]')
    .map((_, element) => new URL($(element).attr('src') ?? '', adminUrl).pathname)
    .get();
  if (scripts.length === 0) faults.push('/admin/ names no script, so the editor cannot start.');
  for (const path of scripts) {
    const script = await get(base, path, timeout);
    const type = script.headers.get('content-type') ?? '(none)';
    if (script.status !== 200) faults.push(`${path} answered ${script.status}, expected 200.`);
    else if (!javascriptType.test(type)) {
      faults.push(
        `${path} is served as ${type}; a browser runs the editor's script only when it is served as JavaScript (text/javascript).`,
      );
    }
  }
  const href = $('link[rel="cms-config-url"]').attr('href');
  if (href) faults.push(...(await configFaults(base, new URL(href, adminUrl).pathname, timeout)));
  return {
    name: 'editor',
    faults,
    summary: href
      ? `/admin/ answers, its script is JavaScript and ${href} is YAML with its collections`
      : '/admin/ answers and its script, which holds its configuration, is served as JavaScript',
  };
}

/** What is wrong with a configuration file the editor's page names. */
async function configFaults(base: URL, path: string, timeout: number): Promise<string[]> {
  const config = await get(base, path, timeout);
  const type = config.headers.get('content-type') ?? '(none)';
  if (config.status !== 200) return [`${path} answered ${config.status}, expected 200.`];
  if (!yamlType.test(type)) {
    return [
      `${path} is served as ${type}; the editor reads its configuration only when it is served as YAML (text/yaml).`,
    ];
  }
  try {
    const parsed = parseYaml(config.text) as Record<string, unknown> | null;
    if (!parsed?.['backend'] || !Array.isArray(parsed['collections'])) {
      return [`${path} has no backend or no collections.`];
    }
  } catch (error) {
    return [`${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`];
  }
  return [];
}

/**
 * One address per type of page: the sitemap's addresses grouped by their path with the last
 * part left out, later pages of a list (a number last) left out, the first of each group kept.
 */
export function onePerType(addresses: string[]): string[] {
  const groups = new Map<string, string>();
  for (const address of addresses) {
    const parts = new URL(address).pathname.split('/').filter(Boolean);
    if (/^\d+$/.test(parts.at(-1) ?? '')) continue;
    const key = parts.length < 2 ? parts.join('/') : [...parts.slice(0, -1), '*'].join('/');
    if (!groups.has(key)) groups.set(key, pathOf(address));
  }
  return [...groups.values()];
}

/** Runs every check but the browser's; `addresses` are the sitemap's, for the browser part. */
export async function checkLive(
  base: URL,
  options: CheckOptions = {},
): Promise<{ results: CheckResult[]; addresses: string[] }> {
  const settings: Required<CheckOptions> = {
    siteHeaders: options.siteHeaders ?? securityHeaders(),
    adminHeaders: options.adminHeaders ?? adminSecurityHeaders(),
    concurrency: options.concurrency ?? 8,
    timeout: options.timeout ?? 15_000,
  };
  const results: CheckResult[] = [];
  let addresses: string[] = [];
  const run = async (name: string, check: () => Promise<CheckResult>) => {
    try {
      results.push(await check());
    } catch (error) {
      results.push({ name, faults: [(error as Error).message], summary: '' });
    }
  };
  await run('sitemap', async () => {
    addresses = await sitemapAddresses(base, settings.timeout);
    return checkSitemap(base, addresses, settings);
  });
  await run('unknown address', () => checkNotFound(base, settings.timeout));
  let feeds: string[] = [];
  await run('feeds', async () => {
    feeds = await feedPaths(base, settings.timeout);
    return checkFeeds(base, feeds, settings);
  });
  await run('security headers', () => checkHeaders(base, feeds[0], settings));
  await run('editor', () => checkAdmin(base, settings.timeout));
  return { results, addresses };
}

/** The report: one line per check, its faults below it, and a last line that counts. */
export function report(base: URL, results: CheckResult[]): string {
  const failed = results.filter((result) => result.faults.length > 0);
  const lines = [`check:live ${base.href}`];
  for (const result of results) {
    if (result.faults.length === 0) {
      lines.push(`  ok    ${result.name}: ${result.summary}`);
      continue;
    }
    lines.push(`  FAIL  ${result.name}:`);
    const shown = result.faults.slice(0, 20);
    lines.push(...shown.map((fault) => `          ${fault}`));
    if (result.faults.length > shown.length)
      lines.push(`          … and ${result.faults.length - shown.length} more`);
  }
  lines.push(
    failed.length === 0
      ? `All ${results.length} checks passed.`
      : `${failed.length} of ${results.length} checks failed: ${failed.map((result) => result.name).join(', ')}.`,
  );
  return lines.join('\n');
}
