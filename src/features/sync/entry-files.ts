import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type Document, isMap, parseDocument, stringify } from 'yaml';
import { entryId } from '../../core/slugs.ts';
import { ItemError } from './sanitize.ts';
import { entryStem, pathInside } from './safe-names.ts';

/**
 * Content files written by the sync. Each carries a `source` block:
 *
 * ```yaml
 * source:
 *   system: jobbnorge          # which adapter wrote it
 *   id: "12345"                # the item's id at the source, as the source spells it
 *   url: https://…             # the original
 *   fetchedAt: 2026-12-03T…    # when the source's fields last changed here
 *   fingerprint: { title: 3f2a…, body: 9c1e… }
 * ```
 *
 * Fields the adapter returns belong to the source and are refreshed; every other field (and the
 * body, unless the adapter returns one) belongs to the site and is never changed. The fingerprint
 * holds a short hash of each source field as last written, so a field edited by hand since then
 * is seen, kept and reported as a conflict. Nothing is rewritten unless a source field changed,
 * so a second run on the same answers changes no byte.
 */

/** The `source` block of a synced file. */
export interface SourceBlock {
  system: string;
  id: string;
  url: string;
  fetchedAt: string;
  fingerprint: Record<string, string>;
}

/** A file to place beside the entry, e.g. a poster; written when it is not there yet. */
export interface EntryAsset {
  /** Appended to the entry's file name stem, e.g. `-poster.jpg`. */
  suffix: string;
  /** Fetches the bytes; called only when the file is missing, so a re-run fetches nothing. */
  bytes: () => Promise<Uint8Array>;
}

/** One item from a source, as an adapter hands it over. */
export interface SyncedEntry {
  /** Adapter name, e.g. `jobbnorge`; with `id` it finds the file on later runs. */
  system: string;
  /** The item's id at the source (any string; the file name is made safe from it). */
  id: string;
  /** The original's address (https). */
  url: string;
  /** Used for a new file's name. */
  title: string;
  /** Source-owned front matter, in the order it is written. */
  fields: Record<string, unknown>;
  /** Source-owned body (Markdown); leave out when the body belongs to the site. */
  body?: string;
  /** Site-owned fields written once, when the file is created (e.g. `draft: true`). */
  initial?: Record<string, unknown>;
  /** Site-owned body written once, when the file is created. */
  initialBody?: string;
  /**
   * Site-owned fields whose initial value depends on the file's name (e.g. the poster's path),
   * given the new file's stem; written once, like `initial`.
   */
  initialFor?: (stem: string) => Record<string, unknown>;
  /** Files beside the entry. */
  assets?: EntryAsset[];
  /**
   * Why a new entry arrives as a draft (`initial.draft: true`): the fields an editor must add
   * before it can be published. Reported once, when the file is created.
   */
  draftReasons?: string[];
}

/** A source field edited by hand since the last sync: kept, and reported. */
export interface Conflict {
  file: string;
  field: string;
}

/** What one entry's sync would do, before anything is written. */
export interface PlannedEntry {
  path: string;
  action: 'added' | 'updated' | 'withdrawn' | 'unchanged';
  /** The file's new text; undefined when it stays as it is. */
  content?: string;
  conflicts: Conflict[];
  assets: { path: string; bytes: () => Promise<Uint8Array> }[];
  /** For a new draft: what an editor must add before it can be published. */
  draftReasons?: string[];
}

/** A content file split into its front matter (as a YAML document) and its body. */
export interface EntryFile {
  doc: Document;
  data: Record<string, unknown>;
  /** Everything after the closing `---` line, byte for byte. */
  rawBody: string;
}

/** YAML as Prettier writes it in this project (single quotes), never folded. */
export const yamlOptions = { lineWidth: 0, singleQuote: true } as const;

const fence = /^---\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown/MDX file into front matter and body; an error names the file. */
export function parseEntryFile(text: string, path: string): EntryFile {
  const match = fence.exec(text);
  if (!match) throw new Error(`${path}: expected front matter between two "---" lines.`);
  const doc = parseDocument(match[1] ?? '');
  const [error] = doc.errors;
  if (error) throw new Error(`${path}: the front matter is not valid YAML: ${error.message}`);
  const data = doc.toJS() as unknown;
  return {
    doc,
    data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    rawBody: text.slice(match[0].length),
  };
}

/** The body as the sync compares it: without the blank lines around it. */
const bodyText = (rawBody: string) => rawBody.replace(/^\s*\n/, '').trimEnd();

/** A file's text from its front matter and body. */
function fileText(frontMatter: string, body: string): string {
  const text = body.trim();
  return `---\n${frontMatter.endsWith('\n') ? frontMatter : `${frontMatter}\n`}---\n${text ? `\n${text}\n` : ''}`;
}

/** Values in a form that hashes the same however YAML wrote them. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  if (typeof value === 'string') return value.trim();
  return value;
}

/** A short hash of a field's value, as stored in the fingerprint. */
export function fieldHash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)) ?? 'undefined')
    .digest('hex')
    .slice(0, 12);
}

/** Key of an item in the index of synced files. */
const key = (system: string, id: string) => `${system}\u0000${id}`;

/** The synced files of a collection folder, by system and source id. */
export function indexSyncedFiles(dir: string): Map<string, string> {
  const index = new Map<string, string>();
  if (!existsSync(dir)) return index;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const path = join(dir, name);
    const source = parseEntryFile(readFileSync(path, 'utf8'), path).data['source'] as
      Partial<SourceBlock> | undefined;
    if (source && typeof source.system === 'string' && source.id !== undefined) {
      const k = key(source.system, String(source.id));
      const other = index.get(k);
      if (other) {
        throw new Error(
          `${path} and ${other} both say they are ${source.system} item "${String(source.id)}"; remove one of them.`,
        );
      }
      index.set(k, path);
    }
  }
  return index;
}

/** The synced file of an item, if there is one. */
export function findSynced(index: Map<string, string>, system: string, id: string) {
  return index.get(key(system, id));
}

/**
 * What syncing `entry` into the collection folder `dir` would do. `existing` is the item's file
 * from `indexSyncedFiles`, if it has one; `now` becomes `fetchedAt` when a source field changed.
 */
export function planEntry(
  dir: string,
  entry: SyncedEntry,
  existing: string | undefined,
  now: Date,
): PlannedEntry {
  const fetchedAt = now.toISOString();
  const sourceFields: Record<string, unknown> = Object.fromEntries(
    Object.entries(entry.fields).filter(([, value]) => value !== undefined),
  );
  if (entry.body !== undefined) sourceFields['body'] = entry.body.trim();

  if (!existing) {
    const stem = entryStem(entry.title, entry.system, entry.id);
    const path = pathInside(dir, `${stem}.mdx`);
    const sameEntry = readdirSyncSafe(dir).find((name) => entryId(name) === stem);
    if (sameEntry) {
      throw new ItemError(
        `${join(dir, sameEntry)} already becomes the entry "${stem}", and it was not written by the sync; rename it.`,
      );
    }
    const { body, ...front } = sourceFields;
    const data: Record<string, unknown> = {
      ...front,
      ...entry.initial,
      ...entry.initialFor?.(stem),
      source: {
        system: entry.system,
        id: entry.id,
        url: entry.url,
        fetchedAt,
        fingerprint: Object.fromEntries(
          Object.entries(sourceFields).map(([field, value]) => [field, fieldHash(value)]),
        ),
      },
    };
    return {
      path,
      action: 'added',
      content: fileText(
        stringify(data, yamlOptions),
        typeof body === 'string' ? body : (entry.initialBody ?? ''),
      ),
      conflicts: [],
      assets: (entry.assets ?? []).map((asset) => ({
        path: pathInside(dir, `${stem}${asset.suffix}`),
        bytes: asset.bytes,
      })),
      ...(entry.draftReasons?.length ? { draftReasons: entry.draftReasons } : {}),
    };
  }

  const file = parseEntryFile(readFileSync(existing, 'utf8'), existing);
  const source = (file.data['source'] ?? {}) as Partial<SourceBlock>;
  const last = { ...(source.fingerprint ?? {}) };
  const next: Record<string, string> = {};
  const conflicts: Conflict[] = [];
  let body = bodyText(file.rawBody);
  let changed = false;
  const onDisk = (field: string) => (field === 'body' ? body || undefined : file.data[field]);

  for (const field of new Set([...Object.keys(last), ...Object.keys(sourceFields)])) {
    const value = sourceFields[field];
    const current = onDisk(field);
    const same = (a: unknown, b: unknown) => fieldHash(a) === fieldHash(b);
    if (current !== undefined && value !== undefined && same(current, value)) {
      next[field] = fieldHash(value);
      continue;
    }
    const editedByHand = current !== undefined && fieldHash(current) !== last[field];
    if (editedByHand) {
      conflicts.push({ file: existing, field });
      if (last[field] !== undefined) next[field] = last[field];
      continue;
    }
    // Unchanged since the last sync (or not there): the source's value replaces it.
    changed = true;
    if (value === undefined) {
      if (field === 'body') body = '';
      else file.doc.delete(field);
      continue;
    }
    if (field === 'body') body = String(value);
    else file.doc.set(field, value);
    next[field] = fieldHash(value);
  }

  const fingerprintChanged = fieldHash(next) !== fieldHash(last);
  const assets = (entry.assets ?? []).map((asset) => ({
    path: pathInside(dirname(existing), `${stemOf(existing)}${asset.suffix}`),
    bytes: asset.bytes,
  }));
  if (!changed && !fingerprintChanged && source.url === entry.url) {
    return { path: existing, action: 'unchanged', conflicts, assets };
  }
  const sourceNode = file.doc.get('source', true);
  if (!isMap(sourceNode)) throw new Error(`${existing}: the "source" block is not a mapping.`);
  sourceNode.set('url', entry.url);
  sourceNode.set('fetchedAt', fetchedAt);
  sourceNode.set('fingerprint', file.doc.createNode(next));
  const withdrawnNow = 'withdrawn' in sourceFields && last['withdrawn'] === undefined;
  return {
    path: existing,
    action: withdrawnNow ? 'withdrawn' : 'updated',
    content: fileText(
      file.doc.toString(yamlOptions),
      sourceFields['body'] !== undefined || last['body'] !== undefined ? body : file.rawBody,
    ),
    conflicts,
    assets,
  };
}

const stemOf = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');

function readdirSyncSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * Writes what was planned. Files beside the entries (posters) are fetched first, all of them,
 * so a failing download leaves every file as it was; then each file is written through a
 * temporary file, so none is left half written.
 */
export async function writePlanned(plans: PlannedEntry[]): Promise<void> {
  const assets: [string, Uint8Array][] = [];
  for (const plan of plans) {
    for (const asset of plan.assets) {
      if (!existsSync(asset.path)) assets.push([asset.path, await asset.bytes()]);
    }
  }
  for (const [path, bytes] of assets) writeAtomically(path, bytes);
  for (const plan of plans) {
    if (plan.content !== undefined) writeAtomically(plan.path, plan.content);
  }
}

function writeAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.sync-tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** A path as a reader wants it in a message: relative to the working directory. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
