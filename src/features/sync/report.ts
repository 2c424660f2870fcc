import type { Conflict } from './entry-files.ts';
import { shownPath } from './entry-files.ts';

/** An item left out, with the reason. */
export interface Skip {
  /** The item's id at the source, or its position when it has none. */
  item: string;
  reason: string;
}

/** What one source's run did. */
export interface SourceSummary {
  source: string;
  added: string[];
  updated: string[];
  withdrawn: string[];
  unchanged: number;
  skipped: Skip[];
  conflicts: Conflict[];
  /** New entries that arrived as drafts, with what an editor must add. */
  drafts: { file: string; missing: string[] }[];
  /** Nothing changed at the source since the last run (HTTP 304). */
  notModified?: boolean;
  /** Why the source failed; its files were left as they were. */
  error?: string;
}

/** An empty summary for a source. */
export function emptySummary(source: string): SourceSummary {
  return {
    source,
    added: [],
    updated: [],
    withdrawn: [],
    unchanged: 0,
    skipped: [],
    conflicts: [],
    drafts: [],
  };
}

const list = (label: string, files: string[]) =>
  files.length ? [`  ${label} (${files.length}):`, ...files.map((f) => `    ${shownPath(f)}`)] : [];

/** The summary as the lines the sync prints after a source. */
export function formatSummary(summary: SourceSummary, { dryRun = false } = {}): string {
  const head = dryRun ? `${summary.source} (dry run, nothing written)` : summary.source;
  if (summary.error) {
    return `${head}: FAILED, its files are left as they were: ${summary.error}`;
  }
  const counts = [
    `${summary.added.length} added`,
    `${summary.updated.length} updated`,
    `${summary.withdrawn.length} withdrawn`,
    `${summary.unchanged} unchanged`,
    `${summary.skipped.length} skipped`,
  ].join(', ');
  return [
    `${head}: ${counts}${summary.notModified ? ' (not modified since the last run)' : ''}`,
    ...list('added', summary.added),
    ...list('updated', summary.updated),
    ...list('withdrawn', summary.withdrawn),
    ...summary.drafts.map(
      (d) =>
        `  draft: ${shownPath(d.file)}: add ${d.missing.join(', ')}, then set "draft: false" to publish it.`,
    ),
    ...summary.skipped.map((s) => `  skipped ${summary.source} item "${s.item}": ${s.reason}`),
    ...summary.conflicts.map(
      (c) =>
        `  conflict: ${shownPath(c.file)}: "${c.field}" was edited by hand and differs from the source; the edit is kept (remove the field to take the source's value again).`,
    ),
  ].join('\n');
}

/** Where the sync writes its messages; tests collect them. */
export interface Output {
  line(text: string): void;
  /** Replaces the progress line (on a terminal), or does nothing. */
  progress(text: string): void;
}

/** Messages on the terminal: progress on stderr, rewritten in place; the rest on stdout. */
export function terminalOutput(): Output {
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    line(text) {
      if (shown) process.stderr.write('\r\x1b[2K');
      shown = false;
      process.stdout.write(`${text}\n`);
    },
    progress(text) {
      if (!tty) return;
      process.stderr.write(`\r\x1b[2K${text.slice(0, (process.stderr.columns || 80) - 1)}`);
      shown = true;
    },
  };
}

/** Messages kept in memory. */
export function memoryOutput(): Output & { lines: string[] } {
  const lines: string[] = [];
  return { lines, line: (text) => void lines.push(text), progress: () => undefined };
}

/** A progress line's text: `jobbnorge: 12/40 items`. */
export function progressText(source: string, done: number, total?: number, what = 'items'): string {
  return `${source}: ${done}${total === undefined ? '' : `/${total}`} ${what}`;
}
