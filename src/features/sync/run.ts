import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  defaultLimits,
  sourceName,
  type SourceConfig,
  type SyncConfig,
  type SyncLimits,
} from './config.ts';
import {
  fieldHash,
  findSynced,
  indexSyncedFiles,
  parseEntryFile,
  planEntry,
  writePlanned,
  yamlOptions,
  type PlannedEntry,
  type SyncedEntry,
} from './entry-files.ts';
import { fetchSource, type FetchOptions, type FetchResult, type Validators } from './http.ts';
import { ItemError } from './sanitize.ts';
import {
  emptySummary,
  formatSummary,
  progressText,
  type Output,
  type Skip,
  type SourceSummary,
} from './report.ts';

/** What the sync remembers about a source between runs, in `<content>/.sync/<name>.json`. */
export interface SourceState {
  /** Validators per address, sent back as If-None-Match / If-Modified-Since. */
  validators?: Record<string, Validators>;
  /** Where a source with a cursor (a feed read page by page) goes on next time. */
  cursor?: string;
}

/** What an adapter gets from the run. */
export interface SyncContext {
  /**
   * Fetches an address with the run's limits. With `conditional: true` the validators stored
   * for the address are sent, and new ones are stored after a successful run.
   */
  fetch(url: string, options?: FetchOptions & { conditional?: boolean }): Promise<FetchResult>;
  /** The source's state from the last run; the adapter may change `cursor`. */
  state: SourceState;
  limits: SyncLimits;
  /** When the run started. */
  now: Date;
  /** The day the run started, YYYY-MM-DD (UTC). */
  today: string;
  /** `--since`: only items changed from this day on. */
  since?: Date;
  /** The folder of the content collections. */
  contentDir: string;
  /** Moves the progress line on. */
  progress(done: number, total?: number): void;
}

/** What an adapter returns: the items, and what it knows about the ones it did not return. */
export interface AdapterResult {
  /** Items in the source's order, each becoming one file. */
  entries: SyncedEntry[];
  /** Items left out, with the reason. */
  skipped: Skip[];
  /** Nothing changed at the source since the last run. */
  notModified?: boolean;
  /**
   * True when `entries` is everything the source has open now, so a synced file of this source
   * that is missing from it was withdrawn at the source (only where `withdrawMissing` says so).
   */
  complete?: boolean;
  /**
   * Items the source itself says were withdrawn (by id, with the day), for sources that report
   * changes rather than lists; `withdrawMissing` decides for each synced file what that means.
   */
  withdrawnIds?: { id: string; on: string }[];
}

/** One kind of source: reads it and hands over items; never writes files itself. */
export interface Adapter {
  /** Sub-command and `kind` in the configuration, e.g. `jobbnorge`. */
  kind: string;
  /** One line for `--help`. */
  description: string;
  /** The collection folder its items go to. */
  collection: string;
  /** Whether it needs a key or token, said in `--help` and the docs. */
  needsKey: string | false;
  /** Checks the configured options; an error names the option and what was expected. */
  check(config: SourceConfig): void;
  /** Reads the source. An error thrown here fails the whole source: nothing is written. */
  read(config: SourceConfig, context: SyncContext): Promise<AdapterResult>;
  /**
   * For a complete list (`complete`): whether a synced file missing from it counts as withdrawn
   * today, and the fields to set on it (e.g. `withdrawn: <today>` for a job still before its
   * deadline); undefined leaves the file as it is.
   */
  withdrawMissing?(
    data: Record<string, unknown>,
    today: string,
  ): Record<string, unknown> | undefined;
}

/** Options of one run. */
export interface RunOptions {
  config: SyncConfig;
  adapters: Adapter[];
  contentDir: string;
  output: Output;
  /** Only the sources of these kinds or names; all when empty. */
  only?: string[];
  dryRun?: boolean;
  since?: Date;
  now?: Date;
  /** Passed to every request (tests shorten the back-off). */
  fetchOptions?: FetchOptions;
}

const statePath = (contentDir: string, name: string) => join(contentDir, '.sync', `${name}.json`);

function readState(path: string): SourceState {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SourceState;
  } catch (error) {
    throw new Error(
      `${path}: not valid JSON (${(error as Error).message}); delete it to start afresh.`,
    );
  }
}

/** Checks every configured source before anything is fetched. */
export function checkConfig(config: SyncConfig, adapters: Adapter[]): void {
  const names = new Set<string>();
  for (const [index, source] of config.sources.entries()) {
    const adapter = adapters.find((a) => a.kind === source.kind);
    if (!adapter) {
      throw new Error(
        `sources[${index}]: unknown kind "${source.kind}"; expected one of: ${adapters.map((a) => a.kind).join(', ')}.`,
      );
    }
    const name = sourceName(source);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
      throw new Error(
        `sources[${index}]: name "${name}": expected lowercase letters, digits and hyphens.`,
      );
    }
    if (names.has(name)) {
      throw new Error(`sources[${index}]: two sources are called "${name}"; give one a "name".`);
    }
    names.add(name);
    try {
      adapter.check(source);
    } catch (error) {
      throw new Error(`sources[${index}] (${name}): ${(error as Error).message}`);
    }
  }
}

/** Runs one source: reads it, plans every file, and writes only when the whole source worked. */
async function runSource(
  source: SourceConfig,
  adapter: Adapter,
  options: RunOptions,
  now: Date,
): Promise<SourceSummary> {
  const name = sourceName(source);
  const summary = emptySummary(name);
  const limits = { ...defaultLimits, ...options.config.limits };
  const path = statePath(options.contentDir, name);
  const state = readState(path);
  // Only the addresses asked again this run keep their validators, so old pages drop out.
  const validators: Record<string, Validators> = {};
  const context: SyncContext = {
    state,
    limits,
    now,
    today: now.toISOString().slice(0, 10),
    ...(options.since ? { since: options.since } : {}),
    contentDir: options.contentDir,
    progress: (done, total) => options.output.progress(progressText(name, done, total)),
    fetch: async (url, { conditional = false, ...fetchOptions } = {}) => {
      const stored = conditional ? state.validators?.[url] : undefined;
      const result = await fetchSource(url, {
        timeoutMs: limits.timeoutMs,
        retries: limits.retries,
        ...options.fetchOptions,
        ...fetchOptions,
        ...(stored ? { validators: stored } : {}),
      });
      if (conditional && (result.validators.etag || result.validators.lastModified)) {
        validators[url] = result.validators;
      }
      return result;
    },
  };
  try {
    const result = await adapter.read(source, context);
    summary.skipped.push(...result.skipped);
    if (result.notModified) summary.notModified = true;
    const dir = join(options.contentDir, adapter.collection);
    const index = indexSyncedFiles(dir);
    const plans: PlannedEntry[] = [];
    const seen = new Set<string>();
    if (result.entries.length > limits.maxItems) {
      summary.skipped.push({
        item: `${result.entries.length - limits.maxItems} more`,
        reason: `the source returned ${result.entries.length} items; at most ${limits.maxItems} are read in one run (limits.maxItems).`,
      });
    }
    for (const item of result.entries.slice(0, limits.maxItems)) {
      // The source's name is its system, so two sources of one kind never share an id.
      const entry = { ...item, system: name };
      if (seen.has(entry.id)) {
        summary.skipped.push({
          item: entry.id,
          reason: 'the source lists it twice; the first was kept.',
        });
        continue;
      }
      seen.add(entry.id);
      try {
        plans.push(planEntry(dir, entry, findSynced(index, entry.system, entry.id), now));
      } catch (error) {
        if (!(error instanceof ItemError)) throw error;
        summary.skipped.push({ item: entry.id, reason: error.message });
      }
    }
    if (result.complete && adapter.withdrawMissing) {
      for (const [key, file] of index) {
        const [system, id] = key.split('\u0000') as [string, string];
        if (seen.has(id) || system !== name) continue;
        const data = parseEntryFile(readFileSync(file, 'utf8'), file).data;
        const fields = adapter.withdrawMissing(data, context.today);
        if (!fields) continue;
        plans.push(withdrawal(file, fields, now));
      }
    }
    for (const { id, on } of result.withdrawnIds ?? []) {
      const file = findSynced(index, name, id);
      if (!file || seen.has(id) || !adapter.withdrawMissing) continue;
      const fields = adapter.withdrawMissing(
        parseEntryFile(readFileSync(file, 'utf8'), file).data,
        on,
      );
      if (fields) plans.push(withdrawal(file, fields, now));
    }
    for (const plan of plans) {
      summary.conflicts.push(...plan.conflicts);
      if (plan.draftReasons) summary.drafts.push({ file: plan.path, missing: plan.draftReasons });
      if (plan.action === 'unchanged') summary.unchanged++;
      else summary[plan.action].push(plan.path);
    }
    if (!options.dryRun) {
      await writePlanned(plans);
      const next: SourceState = { ...state, validators };
      if (Object.keys(validators).length === 0) delete next.validators;
      const text = `${JSON.stringify(next, null, 2)}\n`;
      const unchanged = existsSync(path)
        ? readFileSync(path, 'utf8') === text
        : Object.keys(next).length === 0;
      if (!unchanged) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
    }
  } catch (error) {
    summary.error = error instanceof Error ? error.message : String(error);
  }
  return summary;
}

/** Plans setting `fields` (e.g. `withdrawn`) on a synced file, as source-owned fields. */
function withdrawal(path: string, fields: Record<string, unknown>, now: Date): PlannedEntry {
  const { doc, rawBody } = parseEntryFile(readFileSync(path, 'utf8'), path);
  for (const [field, value] of Object.entries(fields)) {
    doc.set(field, value);
    doc.setIn(['source', 'fingerprint', field], fieldHash(value));
  }
  doc.setIn(['source', 'fetchedAt'], now.toISOString());
  // The body is kept byte for byte.
  const content = `---\n${doc.toString(yamlOptions)}---\n${rawBody}`;
  return { path, action: 'withdrawn', content, conflicts: [], assets: [] };
}

/** Runs the configured sources one after another; true when every one of them worked. */
export async function runSync(
  options: RunOptions,
): Promise<{ ok: boolean; summaries: SourceSummary[] }> {
  checkConfig(options.config, options.adapters);
  const now = options.now ?? new Date();
  const only = options.only ?? [];
  const sources = options.config.sources.filter(
    (source) =>
      only.length === 0 || only.includes(source.kind) || only.includes(sourceName(source)),
  );
  if (only.length && sources.length === 0) {
    throw new Error(
      `No configured source is called or of kind ${only.map((o) => `"${o}"`).join(', ')}.`,
    );
  }
  if (sources.length === 0) {
    options.output.line('No source is configured (src/sync.config.ts); nothing to do.');
    return { ok: true, summaries: [] };
  }
  const summaries: SourceSummary[] = [];
  for (const source of sources) {
    const adapter = options.adapters.find((a) => a.kind === source.kind)!;
    const summary = await runSource(source, adapter, options, now);
    summaries.push(summary);
    options.output.line(formatSummary(summary, { dryRun: options.dryRun ?? false }));
  }
  return { ok: summaries.every((s) => !s.error), summaries };
}
