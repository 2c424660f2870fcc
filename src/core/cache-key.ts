/** Cache keys for incremental builds: a hash of what a page shows, without side effects on images. */
import { createHash } from 'node:crypto';

/**
 * An imported image as plain data. Reading any other property of Astro's image object marks
 * the original file as used, and the build then ships the unprocessed original too.
 */
function plainImage(_key: string, value: unknown): unknown {
  const image = value as { fsPath?: unknown; clone?: unknown } | null;
  return image && typeof image === 'object' && typeof image.fsPath === 'string'
    ? image.clone
    : value;
}

/** A short hash of `parts`, which must be JSON (dates and imported images included). */
export function cacheKey(...parts: unknown[]): string {
  const json = JSON.stringify(parts, plainImage);
  return createHash('sha256').update(json).digest('base64url').slice(0, 24);
}
