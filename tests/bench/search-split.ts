// `npm run bench:split`: what splitting the search index into several Pagefind bundles would
// cost and save, on a site built by `npm run bench:search`. Pagefind has no incremental mode, so
// a rebuild indexes the whole site again; split into bundles (pages assigned by a hash of their
// path), a rebuild would index only the bundle of a changed page, and the search page would merge
// the bundles (`mergeIndex`). For one bundle and for each count in BENCH_SHARDS, it indexes the
// site's searchable pages bundle by bundle and times Pagefind on each, then serves the bundles
// with nginx and the shipped configuration and runs each query in Chromium with an empty cache:
// the bytes, requests and time to the first five results, and how many of the five are the
// five the single bundle gives.
//
//   BENCH_SITE=tests/.output/search-bench/site-10000 BENCH_SHARDS=2,8 npm run bench:split
//   BENCH_QUERIES=sykepleiere,ferie …   BENCH_DIR (work folder), BENCH_PORT (nginx)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium, serve, type Sent } from './browser.ts';

const repo = resolve(import.meta.dirname, '../..');
const site = resolve(
  process.env['BENCH_SITE'] ?? join(repo, 'tests/.output/search-bench/site-1000'),
);
const work = resolve(process.env['BENCH_DIR'] ?? join(repo, 'tests/.output/search-split'));
const port = Number(process.env['BENCH_PORT'] ?? 4497);
const counts = [1, ...(process.env['BENCH_SHARDS'] ?? '2,8').split(',').map(Number)];
const queries = (
  process.env['BENCH_QUERIES'] ?? 'sykepleiere,barnehage,tømmekalender,ferie,stilling'
)
  .split(',')
  .filter(Boolean);
const pagefind = join(repo, 'node_modules/.bin/pagefind');

if (!existsSync(join(site, 'pagefind'))) {
  throw new Error(`${site}: no built site with a search index; run npm run bench:search first.`);
}
if (counts.some((count) => !Number.isInteger(count) || count < 1)) {
  throw new Error(
    `BENCH_SHARDS: expected whole numbers above 0, got "${process.env['BENCH_SHARDS']}".`,
  );
}

/** The pages Pagefind indexes: those with a `data-pagefind-body` element. */
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .filter((file) => readFileSync(join(site, file), 'utf8').includes('data-pagefind-body'))
  .sort();

/** Which of `count` bundles a page goes to: a hash of its path, so it never moves. */
function bundleOf(page: string, count: number): number {
  return createHash('sha1').update(page).digest().readUInt32BE(0) % count;
}

function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Base paths of the bundles, and Pagefind's seconds for each. */
interface Split {
  count: number;
  bases: string[];
  seconds: number[];
}

const root = join(work, 'root');
rmSync(work, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const splits: Split[] = counts.map((count) => {
  const split: Split = { count, bases: [], seconds: [] };
  const byBundle = Array.from({ length: count }, (): string[] => []);
  for (const page of pages) byBundle[bundleOf(page, count)]!.push(page);
  for (const [bundle, bundlePages] of byBundle.entries()) {
    const input = join(work, `pages-${count}-${bundle}`);
    for (const page of bundlePages) linkOrCopy(join(site, page), join(input, page));
    const base = `/pagefind-${count}-${bundle}/`;
    const started = performance.now();
    const run = spawnSync(
      pagefind,
      ['--site', input, '--output-path', join(root, base), '--silent'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (run.status !== 0) throw new Error(`pagefind failed on ${input}`);
    split.seconds.push((performance.now() - started) / 1000);
    split.bases.push(base);
    rmSync(input, { recursive: true, force: true });
  }
  console.log(
    `${count} bundle(s): Pagefind ${split.seconds.map((s) => s.toFixed(1)).join(' + ')} s`,
  );
  return split;
});

// The test page: Pagefind's own API, the first bundle as the primary one and the others merged.
writeFileSync(
  join(root, 'split.js'),
  `const params = new URLSearchParams(location.search);
const [first, ...others] = params.get('bundles').split(',');
const started = performance.now();
const pagefind = await import(first + 'pagefind.js');
await pagefind.options({ basePath: first });
await pagefind.init();
for (const base of others) await pagefind.mergeIndex(base);
const search = await pagefind.search(params.get('q'));
const top = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
window.measured = { ms: performance.now() - started, results: search.results.length, top: top.map((d) => d.url) };
`,
);
// Also the folder's index page, which tells that nginx is serving it.
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Split index</title>' +
    '<script type="module" src="/split.js"></script></head><body></body></html>',
);

const server = await serve(repo, root, port, join(work, 'access.log'));
const browser = await launchChromium(0);
const rows: string[] = [];
try {
  for (const query of queries) {
    let single: string[] = [];
    for (const split of splits) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.clear();
      const url = `${server.baseUrl}/?bundles=${split.bases.join(',')}&q=${encodeURIComponent(query)}`;
      await page.goto(url);
      await page.waitForFunction(() => 'measured' in window, null, { timeout: 60_000 });
      const measured = (await page.evaluate(
        () => (window as unknown as { measured: unknown }).measured,
      )) as {
        ms: number;
        results: number;
        top: string[];
      };
      await context.close();
      const sent: Sent[] = server.sent().filter((s) => s.path.startsWith('/pagefind-'));
      const kb = (filter: RegExp) =>
        (
          sent.filter((s) => filter.test(s.path)).reduce((sum, s) => sum + s.bytes, 0) / 1024
        ).toFixed(1);
      if (split.count === 1) single = measured.top;
      const same = measured.top.filter((url) => single.includes(url)).length;
      const total = split.seconds.reduce((sum, s) => sum + s, 0);
      rows.push(
        `| ${split.count} | ${total.toFixed(1)} | ${Math.max(...split.seconds).toFixed(1)} | ${query} | ${kb(/./)} | ${kb(/pf_index/)} | ${sent.length} | ${measured.ms.toFixed(0)} | ${measured.results} | ${same} of ${measured.top.length} |`,
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log(
  `\n${pages.length} searchable pages of ${site}, split by a hash of their path:\n\n` +
    '| Bundles | Pagefind s, all bundles | Largest bundle s | Query | First query KB | of it index KB | Requests | ms to five results | Results | Top five as with one bundle |\n' +
    '| ------: | ----------------------: | ---------------: | ----- | -------------: | -------------: | -------: | -----------------: | ------: | --------------------------: |\n' +
    rows.join('\n'),
);
rmSync(work, { recursive: true, force: true });
