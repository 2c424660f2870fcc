// `npm run bench`: build times at 1,000, 5,000 and 10,000 synthetic entries against a bare
// Astro build of the same MDX, search cost on the largest site, and page weight and
// Lighthouse scores per page type, with the CPU slowdown calibrated to the machine. Prints one
// table and writes it to tests/bench/RESULTS.md. Needs GNU time (Debian: `time`), nginx and
// Chromium. Never part of `npm test`.
//
//   BENCH_SIZES=1000,5000,10000   the entry counts built (the Lighthouse scores come from the last)
//   BENCH_PORT=4495               nginx's port; Chromium's debugging port is the next one
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  calibrateCpu,
  launchChromium,
  lighthouseScores,
  pageWeight,
  searchFigures,
  serve,
  type Calibration,
  type PageWeight,
  type MedianScores,
} from './browser.ts';
import { writeBareSite } from './bare-site.ts';
import { indexSize, type IndexSize } from './index-size.ts';
import { median } from './cpu-slowdown.ts';
import { profileOf, rebuiltFiles, type Profile } from './profile.ts';
import { shares, writeSyntheticContent, type PageCollection } from './synthetic.ts';

const repo = resolve(import.meta.dirname, '../..');
const sizes = (process.env['BENCH_SIZES'] ?? '1000,5000,10000').split(',').map(Number);
const port = Number(process.env['BENCH_PORT'] ?? 4495);
const debuggingPort = port + 1;
const buildDate = '2026-11-24';
const node = join(repo, 'node_modules/.bin/node');
const gnuTime = '/usr/bin/time';

for (const [tool, hint] of [
  [gnuTime, 'apt-get install time'],
  ['/usr/sbin/nginx', 'apt-get install nginx-light'],
] as const) {
  if (!existsSync(tool)) throw new Error(`The benchmark needs ${tool} (${hint}).`);
}

/** Wall time, processor time (user + system) and peak resident memory of one command. */
interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

/** Runs a command under GNU time; its own output goes to `log`. */
function timed(command: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Run {
  const report = `${log}.time`;
  const result = spawnSync(gnuTime, ['-f', '%e %U %S %M', '-o', report, ...command], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  writeFileSync(log, output);
  if (result.status !== 0) {
    const tail = output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${command.join(' ')} failed:\n${tail}`);
  }
  const [seconds, user, system, kib] = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .at(-1)!
    .split(' ')
    .map(Number);
  return {
    seconds: seconds ?? 0,
    cpuSeconds: (user ?? 0) + (system ?? 0),
    peakMiB: (kib ?? 0) / 1024,
  };
}

/**
 * `astro build` of the project at `root` into `outDir`, with a cache of its own (kept between
 * builds into the same folder, as a host's CI keeps it). `logLevel: 'info'` logs the time of
 * every page, which the profile reads.
 */
function astroBuild(
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  log: string,
  { configFile, logLevel = 'warn' }: { configFile?: string; logLevel?: 'warn' | 'info' } = {},
): Run {
  // Astro joins `configFile` to the root, so it has to be relative to it.
  const options = {
    root,
    configFile: configFile && relative(root, configFile),
    outDir,
    cacheDir: `${outDir}-cache`,
    logLevel,
  };
  const script = `import { build } from 'astro';\nawait build(${JSON.stringify(options)});`;
  return timed([node, '--input-type=module', '-e', script], root, env, log);
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    .length;
}

interface ScaleRow {
  entries: number;
  full: Run & { pages: number; astro: Run; pagefind: Run; index: IndexSize; profile: Profile };
  /**
   * The full build again after one post was changed, with the first build's cache folder but
   * not its output, as a host's CI keeps it ("Republishing quickly"); search index included.
   */
  rebuild: Run & { pagefind: Run; copied: number; rendered: number; profile: Profile };
  bare: Run & { pages: number };
}

/** Pagefind and the search vocabulary over the built site, as `npm run build` runs them. */
function searchIndex(site: string, env: NodeJS.ProcessEnv, log: string): Run {
  const pagefind = timed(
    [join(repo, 'node_modules/.bin/pagefind'), '--site', site, '--silent'],
    repo,
    env,
    `${log}-pagefind.log`,
  );
  const vocabulary = timed(
    [node, 'src/build/build-vocabulary.ts', site],
    repo,
    env,
    `${log}-vocabulary.log`,
  );
  return {
    seconds: pagefind.seconds + vocabulary.seconds,
    cpuSeconds: pagefind.cpuSeconds + vocabulary.cpuSeconds,
    peakMiB: Math.max(pagefind.peakMiB, vocabulary.peakMiB),
  };
}

/** Adds a paragraph to the first synthetic post, as an editor changing one post would. */
function changeOnePost(content: string): void {
  const post = readdirSync(join(content, 'posts'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /bench-\d+\.mdx$/.test(file))
    .sort()[0];
  if (!post) throw new Error(`No synthetic post in ${content}/posts to change.`);
  appendFileSync(join(content, 'posts', post), '\nEt avsnitt som kom til etter publiseringen.\n');
}

/** Builds the full site and the bare site from `entries` synthetic entries. */
function measureScale(entries: number): { measured: ScaleRow; site: string } {
  const content = join(work, `content-${entries}`);
  writeSyntheticContent(join(repo, 'content'), content, entries);
  const env = { CONTENT_DIR: content, BUILD_DATE: buildDate };

  const fullDir = join(work, `full-${entries}`);
  log(`${entries} entries: full build`);
  const fullLog = join(work, `full-${entries}.log`);
  const astro = astroBuild(repo, fullDir, env, fullLog, { logLevel: 'info' });
  const profile = profileOf(readFileSync(fullLog, 'utf8'));
  const pagefind = searchIndex(fullDir, env, join(work, `full-${entries}`));
  const index = indexSize(fullDir);

  log(`${entries} entries: rebuild after changing one post`);
  changeOnePost(content);
  // A host's CI starts from a clean checkout with the cache folder restored: no output folder.
  rmSync(fullDir, { recursive: true, force: true });
  const rebuildLog = join(work, `rebuild-${entries}.log`);
  const reAstro = astroBuild(repo, fullDir, env, rebuildLog, { logLevel: 'info' });
  const rebuildOutput = readFileSync(rebuildLog, 'utf8');
  const { copied, rendered } = rebuiltFiles(rebuildOutput);
  const reIndex = searchIndex(fullDir, env, join(work, `rebuild-${entries}`));
  const rebuild: ScaleRow['rebuild'] = {
    seconds: reAstro.seconds + reIndex.seconds,
    cpuSeconds: reAstro.cpuSeconds + reIndex.cpuSeconds,
    peakMiB: Math.max(reAstro.peakMiB, reIndex.peakMiB),
    pagefind: reIndex,
    copied,
    rendered,
    profile: profileOf(rebuildOutput),
  };

  const bareRoot = join(work, `bare-${entries}`);
  const bareConfig = writeBareSite(bareRoot, repo, Object.keys(shares) as PageCollection[]);
  log(`${entries} entries: bare build`);
  const bareOut = join(bareRoot, 'dist');
  const bare = astroBuild(repo, bareOut, env, join(work, `bare-${entries}.log`), {
    configFile: bareConfig,
  });
  const measured: ScaleRow = {
    entries,
    full: {
      seconds: astro.seconds + pagefind.seconds,
      cpuSeconds: astro.cpuSeconds + pagefind.cpuSeconds,
      peakMiB: Math.max(astro.peakMiB, pagefind.peakMiB),
      pages: htmlPages(fullDir),
      astro,
      pagefind,
      index,
      profile,
    },
    rebuild,
    bare: { ...bare, pages: htmlPages(bareOut) },
  };
  for (const dir of [bareRoot, content, `${fullDir}-cache`, `${bareOut}-cache`]) {
    rmSync(dir, { recursive: true, force: true });
  }
  return { measured, site: fullDir };
}

const loadAtStart = loadavg()
  .map((load) => load.toFixed(1))
  .join(', ');
const work = mkdtempSync(join(tmpdir(), 'site-bench-'));
const started = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
log(`working in ${work}`);
// MDX files import components by relative path (`../../src/features/…`); the copies of the
// content in the working folder find them through this link.
symlinkSync(join(repo, 'src'), join(work, 'src'), 'dir');

const scale: ScaleRow[] = [];
/** Sizes that were skipped or failed, with the reason, printed under the table. */
const notes: string[] = [];
/** The whole run must end within 45 minutes; the page and search figures need the last 15. */
const scaleBudgetSeconds = 30 * 60;
let largestSite = '';
try {
  for (const entries of sizes) {
    const elapsed = (Date.now() - started) / 1000;
    const last = scale.at(-1);
    const estimate = last
      ? ((last.full.seconds + last.rebuild.seconds + last.bare.seconds) * entries) / last.entries
      : 0;
    if (elapsed + estimate > scaleBudgetSeconds) {
      notes.push(
        `${entries} entries: not built; at the rate of ${last?.entries} entries it would take about ${estimate.toFixed(0)} s more, past the time budget.`,
      );
      log(notes.at(-1)!);
      continue;
    }
    try {
      const row = measureScale(entries);
      scale.push(row.measured);
      if (largestSite) rmSync(largestSite, { recursive: true, force: true });
      largestSite = row.site;
    } catch (error) {
      const lines = String(error instanceof Error ? error.message : error).split('\n');
      const reason = (
        lines.find((line) => /\[ERROR\]|heap|memory|killed|^\w*Error:/i.test(line)) ??
        lines.at(-1) ??
        ''
      )
        .trim()
        .slice(0, 300);
      notes.push(`${entries} entries: the build failed: ${reason}`);
      log(notes.at(-1)!);
    }
  }

  // The per-page figures come from the largest site; without one, from the default content.
  let pageSite = largestSite;
  if (!pageSite) {
    pageSite = join(work, 'default');
    log('default content: build');
    astroBuild(repo, pageSite, { BUILD_DATE: buildDate }, join(work, 'default.log'));
    searchIndex(pageSite, {}, join(work, 'default'));
  }

  const browser = await launchChromium(debuggingPort);
  let search;
  let searchPaused;
  let calibration: Calibration | undefined;
  const pages: { type: string; path: string; weight: PageWeight; scores: MedianScores }[] = [];
  try {
    if (largestSite) {
      log(`search on the ${scale.at(-1)?.entries}-entry site`);
      const large = await serve(repo, largestSite, port, join(work, 'large-access.log'));
      try {
        search = await searchFigures(browser, large, '/sok/', 'sykepleiere', 'kommunikasjon');
        // A visitor who stops for half a second before Enter: the engine has searched already.
        searchPaused = await searchFigures(
          browser,
          large,
          '/sok/',
          'sykepleiere',
          'kommunikasjon',
          500,
        );
      } finally {
        await large.stop();
      }
    }

    // Lighthouse's 4× CPU slowdown is meant for a high-end desktop; measured here, the slowdown
    // makes this machine the reference phone, so that the scores do not depend on the machine.
    calibration = await calibrateCpu(browser);
    const { benchmarkIndex, slowdown } = calibration;
    log(
      `benchmarkIndex ${benchmarkIndex} (samples ${calibration.samples.join(', ')}): CPU slowdown ${slowdown.multiplier}×` +
        (slowdown.tooSlow ? ', the machine is slower than the reference device' : ''),
    );
    const site = await serve(repo, pageSite, port, join(work, 'pages-access.log'));
    try {
      for (const [type, path] of pageTypes(pageSite)) {
        log(`page ${type}: ${path}`);
        const weight = await pageWeight(browser, site, path);
        const scores = await lighthouseScores(
          site.baseUrl + path,
          debuggingPort,
          slowdown.multiplier,
        );
        pages.push({ type, path, weight, scores });
      }
    } finally {
      await site.stop();
    }
  } finally {
    await browser.close();
  }

  // Formatted as the repository's other Markdown is, so that `npm run lint` accepts the file.
  const results = join(repo, 'tests/bench/RESULTS.md');
  const report = await format(table(scale, notes, search, searchPaused, calibration, pages), {
    ...(await resolveConfig(results)),
    parser: 'markdown',
  });
  console.log(`\n${report}`);
  writeFileSync(results, report);
  log('wrote tests/bench/RESULTS.md');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * One page of each type in the built site: the first of each pattern that search engines may
 * index (an example entry's `noindex` page would lose Lighthouse's SEO points on purpose).
 */
function pageTypes(site: string): [string, string][] {
  const paths = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
  const indexable = (path: string) =>
    !/<meta name="robots" content="[^"]*noindex/.test(
      readFileSync(join(site, path, 'index.html'), 'utf8'),
    );
  const wanted: [string, RegExp][] = [
    ['front page', /^\/$/],
    ['plan overview', /^\/kommunikasjonsplan\/$/],
    ['plan chapter', /^\/kommunikasjonsplan\/(?!utskrift\/)[^/]+\/$/],
    ['plan, printable', /^\/kommunikasjonsplan\/utskrift\/$/],
    ['news list', /^\/nyheter\/$/],
    ['news item', /^\/nyheter\/[^/]+\/$/],
    ['careers front page', /^\/jobb\/$/],
    ['video list', /^\/jobb\/video\/$/],
    ['video page', /^\/jobb\/video\/(?!side\/)[^/]+\/$/],
    ['job list', /^\/jobb\/stillinger\/$/],
    ['newest jobs', /^\/jobb\/stillinger\/nyeste\/$/],
    ['job page', /^\/jobb\/stillinger\/(?!side\/|nyeste\/)[^/]+\/$/],
    ['profession page', /^\/jobb\/yrke\/[^/]+\/$/],
    ['videos about a profession', /^\/jobb\/yrke\/[^/]+\/video\/$/],
    ['channels and latest posts', /^\/kanaler\/$/],
    ['post listing page', /^\/kanaler\/side\/\d+\/$/],
    ['channel page', /^\/kanaler\/(?!side\/|innlegg\/)[^/]+\/$/],
    ['post page', /^\/kanaler\/innlegg\/[^/]+\/$/],
    ['feed overview', /^\/rss\/$/],
    ['search page', /^\/sok\/$/],
    ['privacy statement', /^\/personvern\/$/],
    ['accessibility statement', /^\/tilgjengelighet\/$/],
    ['English front page', /^\/en\/$/],
    ['English job page', /^\/en\/jobs\/positions\/(?!newest\/)[^/]+\/$/],
    ['English video page', /^\/en\/jobs\/videos\/[^/]+\/$/],
    ['English search page', /^\/en\/search\/$/],
  ];
  return wanted.flatMap(([type, pattern]) => {
    const matching = paths.filter((p) => pattern.test(p));
    const path = matching.find(indexable) ?? matching[0];
    if (!path) log(`no ${type} in the built site; left out`);
    return path ? [[type, path] as [string, string]] : [];
  });
}

function table(
  rows: ScaleRow[],
  notes: string[],
  search: Awaited<ReturnType<typeof searchFigures>> | undefined,
  searchPaused: Awaited<ReturnType<typeof searchFigures>> | undefined,
  calibration: Calibration | undefined,
  pages: { type: string; path: string; weight: PageWeight; scores: MedianScores }[],
): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  /** "83–98", or one figure when all runs agree. */
  const range = (values: number[]) => {
    const [low, high] = [Math.min(...values), Math.max(...values)];
    return low === high ? String(low) : `${low}–${high}`;
  };
  const machine = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const seconds = (run: Run) => `${run.seconds.toFixed(1)} (${run.cpuSeconds.toFixed(1)})`;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, Node ${process.versions.node}; load average ${loadAtStart} when the run began. Times are wall-clock seconds with processor seconds (user + system) in brackets: on a shared machine the processor time is the steadier figure.`,
    '',
    '| Entries | Pages (full / bare) | Full build s (Astro + Pagefind) | Bare build s | Ratio to bare, wall (processor) | Peak MiB (full / bare) | Rebuild after one changed post s | Rebuild ÷ full, wall |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ entries, full, bare, rebuild }) =>
        `| ${entries} | ${full.pages} / ${bare.pages} | ${seconds(full)}: ${full.astro.seconds.toFixed(1)} + ${full.pagefind.seconds.toFixed(1)} | ${seconds(bare)} | ${(full.seconds / bare.seconds).toFixed(2)} (${(full.cpuSeconds / bare.cpuSeconds).toFixed(2)}) | ${full.peakMiB.toFixed(0)} / ${bare.peakMiB.toFixed(0)} (${(full.peakMiB / bare.peakMiB).toFixed(2)}) | ${seconds(rebuild)}, ${rebuild.rendered} files rendered, ${rebuild.copied} copied | ${(rebuild.seconds / full.seconds).toFixed(2)} |`,
    ),
    '',
    ...notes.flatMap((note) => [`- ${note}`, '']),
  ];
  lines.push(...profileTable(rows));
  const largest = rows.at(-1);
  if (largest) {
    const { pagefind, vocabulary } = largest.full.index;
    lines.push(
      `Search index of the ${largest.entries}-entry site: Pagefind ${kb(pagefind)} KB, search vocabulary ` +
        `${kb(vocabulary)} KB, ${((100 * vocabulary) / pagefind).toFixed(1)} % on top of Pagefind's own index.`,
      '',
    );
  }
  if (search) {
    lines.push(
      `Search on the ${largest?.entries}-entry site, first query "sykepleiere" typed into \`/sok/\` with an empty cache: ` +
        `${kb(search.bytes)} KB of response bodies (${kb(search.bytesWithHeaders)} KB with headers) in ${search.requests} requests, first result ${search.firstResultMs.toFixed(0)} ms after Enter ` +
        `(${search.fromFocusMs.toFixed(0)} ms after the field got focus, which starts loading the engine; ${search.results} results); ` +
        `a second query on the loaded engine: ${search.secondResultMs.toFixed(0)} ms. ` +
        (searchPaused
          ? `With a pause of half a second before Enter: first result ${searchPaused.firstResultMs.toFixed(0)} ms after Enter, ${kb(searchPaused.bytes)} KB. `
          : '') +
        `Per request: ${search.files.map((file) => `${file.path.replace(/\?.*$/, '').replace('/pagefind/', '')} ${kb(file.bytes)} KB`).join(', ')}.`,
      '',
    );
  }
  if (calibration) {
    const { samples, benchmarkIndex, slowdown } = calibration;
    const during = pages.flatMap((page) => page.scores.benchmarkIndexes);
    lines.push(
      `Lighthouse's CPU slowdown calibrated to this machine (Lighthouse's docs/throttling.md, "Calibrating the CPU slowdown"): benchmarkIndex ${benchmarkIndex}, the median of ${samples.length} runs of Lighthouse's own benchmark in the bench's Chromium before scoring (${range(samples)}), gives a CPU slowdown of ${slowdown.multiplier}× ` +
        `by Lighthouse's throttling calculator, so that the simulated device is Lighthouse's reference phone (its default 4× assumes a desktop of about 1533). ` +
        (slowdown.tooSlow
          ? 'The machine is slower than the calculator can calibrate: it ran without slowdown, and its scores are lower than the reference device would give. '
          : '') +
        (during.length > 0
          ? `The scored runs measured benchmarkIndex ${range(during)}, median ${median(during)}.`
          : ''),
      '',
    );
  }
  lines.push(
    'Bytes per page are response bodies as nginx sent them (compressed where it compresses), without headers. Lighthouse ran three times on each page type: each score is the median, with the lowest and highest performance score of the three in brackets, and the median benchmarkIndex the three runs measured at their start.',
    '',
    '| Page type | Path | HTML KB | CSS KB | JS KB | Other KB | Requests | Performance | Accessibility | Best practices | SEO | benchmarkIndex |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map(
      ({ type, path, weight, scores }) =>
        `| ${type} | \`${path}\` | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.other)} | ${weight.requests} | ${scores.median.performance} (${range(scores.runs.map((run) => run.performance))}) | ${scores.median.accessibility} | ${scores.median['best-practices']} | ${scores.median.seo} | ${median(scores.benchmarkIndexes)} |`,
    ),
    '',
  );
  return lines.join('\n');
}

/** One column of the profile: a build, its profile and its search-index step. */
interface ProfileColumn {
  label: string;
  profile: Profile;
  pagefind: Run;
  seconds: number;
}

/**
 * Where the wall time goes at each size, and in the rebuild at the largest: Astro's own phases,
 * the pages by kind (within page rendering), and the search index; each with its share of its
 * build.
 */
function profileTable(rows: ScaleRow[]): string[] {
  if (rows.length === 0) return [];
  const columns: ProfileColumn[] = rows.map((row) => ({
    label: `${row.entries} entries`,
    profile: row.full.profile,
    pagefind: row.full.pagefind,
    seconds: row.full.seconds,
  }));
  const largest = rows.at(-1)!;
  columns.push({
    label: `${largest.entries}, rebuild`,
    profile: largest.rebuild.profile,
    pagefind: largest.rebuild.pagefind,
    seconds: largest.rebuild.seconds,
  });
  const share = (seconds: number, column: ProfileColumn) =>
    `${seconds.toFixed(1)} (${((100 * seconds) / column.seconds).toFixed(0)} %)`;
  const phaseNames = [...new Set(columns.flatMap((c) => c.profile.phases.map(([n]) => n)))];
  const kinds = [...new Set(columns.flatMap((c) => c.profile.pages.map((k) => k.kind)))];
  const cell = (column: ProfileColumn, name: string) => {
    const phase = column.profile.phases.find(([n]) => n === name);
    return phase ? share(phase[1], column) : '–';
  };
  const kindCell = (column: ProfileColumn, kind: string) => {
    const sum = column.profile.pages.find((k) => k.kind === kind);
    return sum ? `${share(sum.seconds, column)}, ${sum.count} files` : '–';
  };
  const line = (name: string, value: (column: ProfileColumn) => string) =>
    `| ${name} | ${columns.map(value).join(' | ')} |`;
  return [
    `| Wall s (share) | ${columns.map((c) => c.label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...phaseNames.flatMap((name) => [
      line(name, (c) => cell(c, name)),
      ...(name === 'page rendering'
        ? kinds.map((kind) => line(`– ${kind}`, (c) => kindCell(c, kind)))
        : []),
    ]),
    line('search index (Pagefind and vocabulary)', (c) => share(c.pagefind.seconds, c)),
    line('whole build', (c) => share(c.seconds, c)),
    '',
    "The rebuild starts from the first build's cache folder without its output, as a host's CI does; its column lists the pages it rendered again, the others it copied from the cache.",
    '',
  ];
}
