// The fixture site's own files (tests/fixtures/site/): its configuration and its content
// entries, read as the tests compute their expectations from them. Used by the browser specs
// (through tests/e2e/site.ts) and by the static checks alike; it imports no test runner.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfig } from '../../src/site.config';
import { site as fixtureConfig } from '../fixtures/site/site.config';
import { readEntryData } from './entry-data.ts';
import { buildDay, repo } from './sites.ts';

/** The fixture site's own files: configuration and content. */
export const fixtureDir = join(repo, 'tests/fixtures/site');

/** Content folder of the fixture site. */
export const fixtureContentDir = join(fixtureDir, 'content');

/** The fixture site's configuration, as the tests expect it built. */
export const fixture: SiteConfig = fixtureConfig;

/**
 * Every published entry of a fixture collection, parsed, with its id (file name), sorted by id.
 * Drafts (`draft: true`, e.g. what the sync brings in before an editor has finished it) build
 * nothing, so they are left out unless `drafts` asks for them.
 */
export function fixtureEntries<T = Record<string, unknown>>(
  collection: string,
  { drafts = false }: { drafts?: boolean } = {},
): (T & { id: string })[] {
  const dir = join(fixtureContentDir, collection);
  return readdirSync(dir)
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .sort()
    .map((file) => ({
      ...((readEntryData(join(dir, file)) ?? {}) as T),
      id: file.replace(/\.[^.]+$/, ''),
    }))
    .filter((entry) => drafts || (entry as { draft?: unknown }).draft !== true);
}

/** A date from front matter as YYYY-MM-DD (YAML reads unquoted dates as Date). */
export function day(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** A fixture job, as the tests read it. */
export interface FixtureJob {
  id: string;
  title: string;
  profession: string;
  deadline: Date | string;
  example?: boolean;
  /** Withdrawn at the source before its deadline: closed, with a page that says so. */
  withdrawn?: unknown;
}

/** A fixture video, as the tests read it. */
export interface FixtureVideo {
  id: string;
  title: string;
  titleEn?: string;
  profession: string;
  youtubeId: string;
  example?: boolean;
}

/**
 * The fixture's published jobs: open on the build date (deadline on or after it), closed (deadline
 * passed) and withdrawn at the source (closed too, with a page that says it was withdrawn).
 */
export function fixtureJobs(): {
  all: FixtureJob[];
  open: FixtureJob[];
  closed: FixtureJob[];
  withdrawn: FixtureJob[];
} {
  const all = fixtureEntries<FixtureJob>('jobs');
  const listed = all.filter((job) => !job.withdrawn);
  return {
    all,
    open: listed.filter((job) => day(job.deadline) >= buildDay),
    closed: listed.filter((job) => day(job.deadline) < buildDay),
    withdrawn: all.filter((job) => job.withdrawn),
  };
}
