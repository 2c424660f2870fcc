/**
 * The shape of the sync's configuration (`src/sync.config.ts`, or the file `SYNC_CONFIG` names).
 * Each source is written with its adapter's helper (`jobbnorge({ … })`, `youtube({ … })`), which
 * types its options; the adapter checks them again when the sync starts, since a municipality
 * edits the file by hand.
 */

/** What every source has. */
export interface SourceConfig {
  /** The adapter that reads it, e.g. `jobbnorge`; also the sub-command that runs it alone. */
  kind: string;
  /** Its name in messages and in the state file; defaults to `kind`. Unique per configuration. */
  name?: string;
  /** The adapter's own options. */
  [option: string]: unknown;
}

/** Limits on what one run accepts from one source. */
export interface SyncLimits {
  /** Most items read from one source in one run (default 500). */
  maxItems: number;
  /** Longest text field, e.g. an ad's text or a video's description, in characters (default 100,000). */
  maxTextLength: number;
  /** Longest title, in characters (default 300). */
  maxTitleLength: number;
  /** Milliseconds one request may take (default 20,000). */
  timeoutMs: number;
  /** Retries on 429 and 5xx (default 3). */
  retries: number;
}

/** The configuration file's export. */
export interface SyncConfig {
  /** The sources the sync reads; an empty list means `npm run sync` does nothing. */
  sources: SourceConfig[];
  /** Limits; each left out keeps its default. */
  limits?: Partial<SyncLimits>;
}

export const defaultLimits: SyncLimits = {
  maxItems: 500,
  maxTextLength: 100_000,
  maxTitleLength: 300,
  timeoutMs: 20_000,
  retries: 3,
};

/** The name a source goes by in messages, state and sub-commands. */
export const sourceName = (source: SourceConfig) => source.name ?? source.kind;
