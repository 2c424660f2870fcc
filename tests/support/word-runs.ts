import { createHash } from 'node:crypto';

/**
 * Finds runs of words a text shares with a source it must not copy, without keeping the
 * source's text: only a hash of each run of {@link runLength} words is stored.
 */

/** How many consecutive words count as copying. */
export const runLength = 8;

/** The words of `text` in lower case, punctuation and markup dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** A short, stable hash of one run of words. */
export function hashRun(run: readonly string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);
}

/** Every run of `length` consecutive words, each with its hash. */
export function runs(text: string, length = runLength): { run: string; hash: string }[] {
  const list = words(text);
  const out: { run: string; hash: string }[] = [];
  for (let i = 0; i + length <= list.length; i++) {
    const run = list.slice(i, i + length);
    out.push({ run: run.join(' '), hash: hashRun(run) });
  }
  return out;
}

/**
 * The runs of `text` whose hash is in `sourceHashes`, except those that contain one of the
 * `allowed` phrases whole (such as the title of a report the text may quote).
 */
export function copiedRuns(
  text: string,
  sourceHashes: ReadonlySet<string>,
  allowed: readonly string[] = [],
): string[] {
  const allowedRuns = allowed.map((phrase) => ` ${words(phrase).join(' ')} `);
  return runs(text)
    .filter(({ hash }) => sourceHashes.has(hash))
    .map(({ run }) => run)
    .filter((run) => !allowedRuns.some((phrase) => ` ${run} `.includes(phrase)));
}

/** The visible text of an HTML page: scripts, styles and tags removed, common entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}
