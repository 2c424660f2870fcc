import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reference } from 'astro:content';
import { parse } from 'yaml';
import { platformIds, type Platform } from '../core/embeds/platforms';
import { entryId, isContentFile } from '../core/slugs';

/**
 * Folder the collections are read from. `CONTENT_DIR` points the build at another folder, so
 * tests can build a copy of the content with one file broken.
 */
export const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** Content files of one collection, as paths relative to its folder. */
function filesOf(collection: string): string[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter(isContentFile);
}

const knownIds = new Map<string, Set<string>>();
const knownDrafts = new Map<string, Set<string>>();

/** True for a Markdown entry whose front matter says `draft: true`. */
function isDraft(collection: string, file: string): boolean {
  if (!/\.mdx?$/.test(file)) return false;
  const text = readFileSync(join(contentDir, collection, file), 'utf8');
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^draft:[ \t]*true[ \t]*(?:#.*)?$/m.test(front);
}

/**
 * The ids a collection's files get, read from disk before the collections load. Astro builds
 * a collection's schema again for every entry, so the folder is read once per content sync, not
 * once per entry (at 2,000 jobs pointing to 1,000 videos that was two million file names).
 */
export function entryIdsOf(collection: string): Set<string> {
  let ids = knownIds.get(collection);
  if (!ids) {
    const files = filesOf(collection);
    const drafts = files.filter((file) => isDraft(collection, file));
    // A draft is not published, so nothing may point to it.
    ids = new Set(files.filter((file) => !drafts.includes(file)).map(entryId));
    knownIds.set(collection, ids);
    knownDrafts.set(collection, new Set(drafts.map(entryId)));
  }
  return ids;
}

/** Forgets the ids read so far; every content sync (a loader's `load`) reads the folders again. */
export function forgetEntryIds(): void {
  knownIds.clear();
  knownDrafts.clear();
}

/**
 * A reference to another collection that fails on an id with no file behind it, naming the
 * ids that exist (Astro's own `reference()` lets an unknown id through).
 */
export function referenceTo<C extends 'channels' | 'professions' | 'videos'>(collection: C) {
  const ids = entryIdsOf(collection);
  return reference(collection).superRefine((ref, ctx) => {
    if (knownDrafts.get(collection)?.has(ref.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${ref.id}" in content/${collection}/ is a draft (draft: true), so it is not published; publish it first, or leave this field out.`,
      });
    } else if (!ids.has(ref.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `Expected the id of a file in content/${collection}/ (one of: ${[...ids].sort().join(', ')}), but there is no "${ref.id}".`,
      });
    }
  });
}

/**
 * Reads each channel file's platform, so that a post's URL can be checked against the platform
 * of the channel it names.
 */
export function channelPlatforms(): Map<string, Platform> {
  const result = new Map<string, Platform>();
  for (const file of filesOf('channels')) {
    const path = join(contentDir, 'channels', file);
    let parsed: unknown;
    try {
      parsed = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      // The YAML parser names a line and a column, never the file.
      throw new Error(`${path}: the YAML is not valid: ${(error as Error).message}`);
    }
    const platform = (parsed as { platform?: unknown } | null)?.platform;
    if (typeof platform === 'string' && (platformIds as string[]).includes(platform)) {
      result.set(entryId(file), platform as Platform);
    }
  }
  return result;
}

/** Each profession file's Norwegian name, so that a job can be checked against its profession. */
export function professionNames(): Map<string, string> {
  const result = new Map<string, string>();
  for (const file of filesOf('professions')) {
    const path = join(contentDir, 'professions', file);
    let parsed: unknown;
    try {
      parsed = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: the YAML is not valid: ${(error as Error).message}`);
    }
    const name = (parsed as { name?: unknown } | null)?.name;
    if (typeof name === 'string') result.set(entryId(file), name);
  }
  return result;
}
