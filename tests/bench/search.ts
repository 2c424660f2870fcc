// `npm run bench:search`: the search alone, on a synthetic site of BENCH_ENTRIES entries (1000
// unless told): builds it (unless BENCH_DIR already holds a built site and BENCH_REBUILD is not
// set), runs Pagefind and the vocabulary step, serves it with nginx and the shipped configuration,
// and prints the index sizes, the first and second query's bytes, requests and times, and
// Lighthouse's performance score and layout shift for `/sok/` and `/en/search/`, with the CPU
// slowdown calibrated to the machine as `npm run bench` does.
//
//   BENCH_ENTRIES=1000 BENCH_DIR=/tmp/search-bench npm run bench:search
//   BENCH_INDEX_ONLY=1 …   re-runs only Pagefind and the vocabulary step on the built site
//   BENCH_LIGHTHOUSE=0 …   leaves Lighthouse out; BENCH_PORT (nginx) and BENCH_DEBUG_PORT (Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { calibrateCpu, launchChromium, searchFigures, serve } from './browser.ts';
import { indexSize } from './index-size.ts';
import { writeSyntheticContent } from './synthetic.ts';

const repo = resolve(import.meta.dirname, '../..');
const entries = Number(process.env['BENCH_ENTRIES'] ?? 1000);
const work = resolve(process.env['BENCH_DIR'] ?? join(repo, 'tests/.output/search-bench'));
const port = Number(process.env['BENCH_PORT'] ?? 4495);
const withLighthouse = process.env['BENCH_LIGHTHOUSE'] !== '0';
/** The port Lighthouse drives Chromium through; without Lighthouse, any free one. */
const debuggingPort = withLighthouse ? Number(process.env['BENCH_DEBUG_PORT'] ?? port + 1) : 0;
const node = join(repo, 'node_modules/.bin/node');
const content = join(work, `content-${entries}`);
const site = join(work, `site-${entries}`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: repo,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return (performance.now() - started) / 1000;
}

mkdirSync(work, { recursive: true });
if (!existsSync(join(work, 'src'))) symlinkSync(join(repo, 'src'), join(work, 'src'), 'dir');
const built = existsSync(join(site, 'sok/index.html'));
if (!built || process.env['BENCH_REBUILD']) {
  rmSync(content, { recursive: true, force: true });
  writeSyntheticContent(join(repo, 'content'), content, entries);
  const seconds = run(node, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    CONTENT_DIR: content,
    OUT_DIR: site,
    BUILD_DATE: '2026-11-24',
  });
  console.log(`astro build of ${entries} entries: ${seconds.toFixed(0)} s`);
}
if (!built || process.env['BENCH_REBUILD'] || process.env['BENCH_INDEX_ONLY']) {
  // Pagefind adds to an existing index folder rather than replacing it.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const pagefind = run(node, [
    join(repo, 'node_modules/pagefind/lib/runner/bin.cjs'),
    '--site',
    site,
    '--silent',
  ]);
  const vocabulary = run(node, ['src/build/build-vocabulary.ts', site]);
  console.log(`Pagefind ${pagefind.toFixed(1)} s, vocabulary ${vocabulary.toFixed(1)} s`);
}

const { pagefind, vocabulary } = indexSize(site);
console.log(
  `Index of the ${entries}-entry site: Pagefind ${kb(pagefind)} KB, vocabulary ${kb(vocabulary)} KB ` +
    `(${((100 * vocabulary) / pagefind).toFixed(1)} % on top)`,
);

const browser = await launchChromium(debuggingPort);
const server = await serve(repo, site, port, join(work, 'access.log'));
try {
  // Enter right after the last letter, and after the pause a visitor makes before pressing it.
  for (const [query, second, pause] of [
    ['sykepleiere', 'kommunikasjon', 0],
    ['barnehagelærer', 'facebook', 0],
    ['sykepleiere', 'kommunikasjon', 500],
    ['barnehagelærer', 'facebook', 500],
  ] as const) {
    const figures = await searchFigures(browser, server, '/sok/', query, second, pause);
    console.log(
      `"${query}", Enter ${pause} ms after typing: ${kb(figures.bytes)} KB in ${figures.requests} requests, first result ` +
        `${figures.firstResultMs.toFixed(0)} ms after Enter (${figures.fromFocusMs.toFixed(0)} ms ` +
        `after focus, ${figures.results} results); "${second}" next: ${figures.secondResultMs.toFixed(0)} ms`,
    );
    console.log(
      `  ${figures.files.map((f) => `${f.path.replace('/pagefind/', '')} ${kb(f.bytes)}`).join(', ')}`,
    );
  }
  if (withLighthouse) {
    const { benchmarkIndex, slowdown } = await calibrateCpu(browser);
    console.log(`benchmarkIndex ${benchmarkIndex}: CPU slowdown ${slowdown.multiplier}×`);
    for (const path of ['/sok/', '/en/search/']) {
      const result = await lighthouse(server.baseUrl + path, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttling: { cpuSlowdownMultiplier: slowdown.multiplier },
      });
      const audits = result?.lhr.audits;
      console.log(
        `Lighthouse ${path}: performance ${Math.round((result?.lhr.categories['performance']?.score ?? 0) * 100)}, ` +
          `CLS ${audits?.['cumulative-layout-shift']?.numericValue ?? '?'}, ` +
          `LCP ${audits?.['largest-contentful-paint']?.numericValue?.toFixed(0)} ms, ` +
          `TBT ${audits?.['total-blocking-time']?.numericValue?.toFixed(0)} ms, ` +
          `FCP ${audits?.['first-contentful-paint']?.numericValue?.toFixed(0)} ms`,
      );
    }
  }
} finally {
  await server.stop();
  await browser.close();
}
