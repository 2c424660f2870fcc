// What a visitor's browser gets: the site served by nginx with the shipped configuration,
// measured in Chromium (page weight, search) and by Lighthouse (mobile profile).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { cpuSlowdown, median, type CpuSlowdown } from './cpu-slowdown.ts';

/** Debian's Chromium, or the one in CHROMIUM_PATH. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** One request as nginx logged it. */
export interface Sent {
  path: string;
  /** Body bytes sent (compressed where nginx gzips). */
  bytes: number;
  /** The same with the response's headers. */
  withHeaders: number;
}

/** nginx serving one built site, with an access log the measurements read. */
export interface Server {
  baseUrl: string;
  /** Forgets the requests logged so far. */
  clear(): void;
  /** The requests logged since the last `clear()`. */
  sent(): Sent[];
  stop(): Promise<void>;
}

/** Starts `tests/e2e/serve.ts` (nginx and the shipped configuration) for the site in `root`. */
export async function serve(
  repo: string,
  root: string,
  port: number,
  log: string,
): Promise<Server> {
  writeFileSync(log, '');
  const child = spawn(
    join(repo, 'node_modules/.bin/node'),
    ['tests/e2e/serve.ts', String(port), root],
    {
      cwd: repo,
      env: { ...process.env, SITE_ACCESS_LOG: log },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  // Waits up to ten seconds for `/` to answer; a folder without an index page never does.
  for (let attempt = 0; ; attempt++) {
    let answer = 'no answer';
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) break;
      answer = `status ${response.status}`;
    } catch {
      // nginx is not listening yet.
    }
    if (attempt > 100) {
      child.kill('SIGTERM');
      throw new Error(`nginx serving ${root} on ${baseUrl}: ${answer} for / after ten seconds`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    clear: () => writeFileSync(log, ''),
    sent: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [path = '', bytes = '0', withHeaders = '0'] = line.split(' ');
          return { path, bytes: Number(bytes), withHeaders: Number(withHeaders) };
        }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Chromium as the browser tests start it, with a port Lighthouse can drive it through. */
export async function launchChromium(debuggingPort: number): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}; set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--remote-debugging-port=${debuggingPort}`,
    ],
  });
}

/** Bytes and number of requests of one page load, by kind. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
}

function kind(path: string): keyof Omit<PageWeight, 'requests'> {
  const pathname = path.split('?')[0] ?? '';
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'html';
  if (pathname.endsWith('.css')) return 'css';
  if (pathname.endsWith('.js') || pathname.endsWith('.mjs')) return 'js';
  return 'other';
}

/** Loads `path` in a fresh context (empty cache) and sums the bodies nginx sent for it. */
export async function pageWeight(
  browser: Browser,
  server: Server,
  path: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  server.clear();
  await page.goto(server.baseUrl + path, { waitUntil: 'networkidle' });
  await context.close();
  const weight: PageWeight = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
  for (const { path: requested, bytes } of server.sent()) {
    weight[kind(requested)] += bytes;
    weight.requests += 1;
  }
  return weight;
}

/** The first query on the search page, with an empty cache, as a visitor types it. */
export interface SearchFigures {
  /** Body bytes of every request from the field's focus to the first result on screen. */
  bytes: number;
  /** The same with the responses' headers. */
  bytesWithHeaders: number;
  /** The same, per request. */
  files: Sent[];
  requests: number;
  /** From pressing Enter to the first result on screen, in milliseconds. */
  firstResultMs: number;
  /** From the focus (which starts loading the engine) to the first result on screen. */
  fromFocusMs: number;
  /** The same for a second query on the loaded engine. */
  secondResultMs: number;
  results: number;
}

/**
 * Types `query` and then `second` into the search form of the page at `path`; `pauseMs` is how
 * long the visitor waits after typing before pressing Enter (none unless told).
 */
export async function searchFigures(
  browser: Browser,
  server: Server,
  path: string,
  query: string,
  second: string,
  pauseMs = 0,
): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.baseUrl + path, { waitUntil: 'networkidle' });
  server.clear();
  const field = page.locator('input[name="q"]').last();
  const results = page.locator('[data-search-list] > li');
  const status = page.locator('[data-search-status]');
  // Times are taken in the page, from the key press to the first result in the list, so that
  // the test driver's own round trips (long on a busy machine) are not counted.
  await page.evaluate(() => {
    const times = { focus: 0, enter: [] as number[], shown: [] as number[] };
    Object.assign(window, { searchTimes: times });
    const input = [...document.querySelectorAll<HTMLInputElement>('input[name="q"]')].at(-1);
    const list = document.querySelector('[data-search-list]');
    input?.addEventListener('focus', () => (times.focus = performance.now()), { once: true });
    input?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') times.enter.push(performance.now());
    });
    if (list) {
      new MutationObserver(() => {
        if (list.querySelector('li') && times.shown.length < times.enter.length) {
          times.shown.push(performance.now());
        }
      }).observe(list, { childList: true });
    }
  });
  await field.focus();
  // A visitor takes a while to type a word; pressSequentially's delay stands in for that.
  await field.pressSequentially(query, { delay: 60 });
  if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  await field.press('Enter');
  await results.first().waitFor();
  // The requests up to the first result; later ones (filters, more fragments) are not counted.
  const firstQuery = server.sent();
  // The count is announced once the first five results are shown.
  await status.filter({ hasText: query }).waitFor();
  const count = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0);
  await field.fill(second);
  await field.press('Enter');
  await status.filter({ hasText: second }).waitFor();
  const times = await page.evaluate(
    () =>
      (window as unknown as { searchTimes: { focus: number; enter: number[]; shown: number[] } })
        .searchTimes,
  );
  await context.close();
  return {
    bytes: firstQuery.reduce((sum, s) => sum + s.bytes, 0),
    bytesWithHeaders: firstQuery.reduce((sum, s) => sum + s.withHeaders, 0),
    files: firstQuery,
    requests: firstQuery.length,
    firstResultMs: (times.shown[0] ?? NaN) - (times.enter[0] ?? NaN),
    fromFocusMs: (times.shown[0] ?? NaN) - times.focus,
    secondResultMs: (times.shown[1] ?? NaN) - (times.enter[1] ?? NaN),
    results: count,
  };
}

/** This machine measured as Lighthouse measures it, and the CPU slowdown that follows. */
export interface Calibration {
  /** Lighthouse's benchmarkIndex, one per sample. */
  samples: number[];
  /** Their median, from which the slowdown is computed. */
  benchmarkIndex: number;
  slowdown: CpuSlowdown;
}

/**
 * Runs Lighthouse's own benchmark (`computeBenchmarkIndex`, what it runs at the start of every
 * run and reports as `environment.benchmarkIndex`) `samples` times in a blank page of `browser`,
 * and computes the CPU slowdown from the median: one sample moves by a tenth or more on a
 * shared machine.
 */
export async function calibrateCpu(browser: Browser, samples = 5): Promise<Calibration> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const indexes: number[] = [];
  try {
    for (let sample = 0; sample < samples; sample++) {
      indexes.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
    }
  } finally {
    await context.close();
  }
  const benchmarkIndex = median(indexes);
  return { samples: indexes, benchmarkIndex, slowdown: cpuSlowdown(benchmarkIndex) };
}

/** Lighthouse category scores (0–100), mobile profile. */
export interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

/** One Lighthouse run: its scores and the benchmarkIndex it measured at its start. */
interface Run {
  scores: Scores;
  benchmarkIndex: number;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Runs Lighthouse with its default (mobile) settings against `url` in the given Chromium, the
 * CPU slowed down by `cpuSlowdownMultiplier` instead of its default 4×.
 */
async function lighthouseRun(
  url: string,
  debuggingPort: number,
  cpuSlowdownMultiplier: number,
): Promise<Run> {
  const result = await lighthouse(url, {
    port: debuggingPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    throttling: { cpuSlowdownMultiplier },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  // A category without a score is a run that failed (no paint, a page that did not load), not
  // a score of 0.
  const failed = categories.filter(
    (name) => typeof result.lhr.categories[name]?.score !== 'number',
  );
  if (result.lhr.runtimeError || failed.length > 0) {
    const reason = result.lhr.runtimeError?.message ?? `no score for ${failed.join(', ')}`;
    throw new Error(`Lighthouse could not score ${url}: ${reason}`);
  }
  const applied = result.lhr.configSettings.throttling.cpuSlowdownMultiplier;
  if (applied !== cpuSlowdownMultiplier) {
    throw new Error(`Lighthouse slowed the CPU ${applied}×, not ${cpuSlowdownMultiplier}×`);
  }
  const score = (name: (typeof categories)[number]) =>
    Math.round(result.lhr.categories[name]!.score! * 100);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
  };
}

/** Lighthouse's scores over several runs of one page: the median of each, and the range of all. */
export interface MedianScores {
  median: Scores;
  runs: Scores[];
  /** The benchmarkIndex each run measured at its start: how busy the machine was meanwhile. */
  benchmarkIndexes: number[];
}

/**
 * Runs Lighthouse `runs` times against `url`, the CPU slowed down by `cpuSlowdownMultiplier`, and
 * keeps the median of each category, as Lighthouse's documentation advises: on a shared machine
 * one run's performance score moves by several points with the same bytes.
 */
export async function lighthouseScores(
  url: string,
  debuggingPort: number,
  cpuSlowdownMultiplier: number,
  runs = 3,
): Promise<MedianScores> {
  const all: Run[] = [];
  for (let run = 0; run < runs; run++) {
    // A run that fails is run again, twice at most, and said so; a third failure stops the bench.
    for (let attempt = 1; ; attempt++) {
      try {
        all.push(await lighthouseRun(url, debuggingPort, cpuSlowdownMultiplier));
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        console.warn(`${(error as Error).message}; running it again`);
      }
    }
  }
  const middle = (name: (typeof categories)[number]) =>
    median(all.map(({ scores }) => scores[name]));
  return {
    median: {
      performance: middle('performance'),
      accessibility: middle('accessibility'),
      'best-practices': middle('best-practices'),
      seo: middle('seo'),
    },
    runs: all.map(({ scores }) => scores),
    benchmarkIndexes: all.map(({ benchmarkIndex }) => benchmarkIndex),
  };
}
