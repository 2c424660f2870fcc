import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { entryId } from '../core/slugs';
import { forgetEntryIds } from './content-dir';

/** Image files an entry may point to from its front matter. */
const imagePath = /^\.{1,2}\/.+\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

/**
 * Each relative image path in an entry's data with the field it is in (`poster.src`), and
 * whether the file is there. Astro's own check names only the image, never the entry.
 */
export function missingImages(data: unknown, entryFile: string, path = ''): string[] {
  if (typeof data === 'string') {
    return imagePath.test(data) && !existsSync(resolve(dirname(entryFile), data)) ? [path] : [];
  }
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    missingImages(value, entryFile, path ? `${path}.${key}` : key),
  );
}

/** The body of a Markdown file: everything after its front matter. */
function bodyOf(file: string): string {
  const text = readFileSync(resolve(file), 'utf8');
  const match = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** The path of `file` as the editor sees it, relative to the working directory. */
const shown = (file: string) => relative(process.cwd(), file) || file;

/**
 * Throws an error naming the file for the first YAML file under `base` that does not parse,
 * before Astro's loader reads it and reports only a line and a column.
 */
export function checkYamlFiles(base: string): void {
  if (!existsSync(base)) return;
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.ya?ml$/.test(file),
  );
  for (const file of files.sort()) {
    const path = join(base, file);
    const [error] = parseDocument(readFileSync(path, 'utf8')).errors;
    if (error) {
      throw new Error(`${shown(path)}: the YAML is not valid: ${error.message}`);
    }
  }
}

/** Files that may sit beside the entries in a collection's folder: images and caption files. */
const besideEntries = /\.(?:avif|gif|jpe?g|png|svg|webp|vtt|srt)$/i;

/**
 * Throws an error naming both files when two files of a collection become one entry
 * (`x.md` beside `x.mdx`, `X.yaml` beside `x.yml`): Astro keeps one and drops the other without a
 * word. With `reads`, also for a file the collection does not read at all (`x.markdown`, a
 * `.yaml` among MDX entries), which would otherwise never be published.
 */
export function checkFileNames(base: string, reads?: RegExp): void {
  if (!existsSync(base)) return;
  const files = readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  const byId = new Map<string, string>();
  for (const file of files) {
    if (besideEntries.test(file)) continue;
    if (reads && !reads.test(file)) {
      throw new Error(
        `${shown(join(base, file))}: this file is not read, so it would never be published; an entry is a ${reads === markdownFiles ? '.mdx or .md' : '.yaml'} file.`,
      );
    }
    const id = entryId(file);
    const other = byId.get(id);
    if (other) {
      throw new Error(
        `${shown(join(base, other))} and ${shown(join(base, file))} both become the entry "${id}"; only one would be published. Remove or rename one of them.`,
      );
    }
    byId.set(id, file);
  }
}

/** The files the Markdown collections read, and the files the data collections read. */
export const markdownFiles = /\.mdx?$/;
export const dataFiles = /\.(?:ya?ml|json)$/;

/** Rules a collection adds to the checks every collection gets. */
export interface EntryRules {
  /** The files the collection reads; any other file (not an image or caption file) fails. */
  reads?: RegExp;
  /** Entries with `draft: true` are read but not checked or published. */
  drafts?: boolean;
  /** The message for a published entry with an empty body; without it an empty body is fine. */
  requireBody?: string;
}

/**
 * Wraps a loader (the glob loader) so that a YAML syntax error and an image file that is not
 * there are reported with the entry's file, and for the image the field, like schema errors;
 * two files that become one entry fail, naming both; and the collection's `rules` apply.
 */
export function withFileErrors(loader: Loader, base: string, rules: EntryRules = {}): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      forgetEntryIds();
      checkYamlFiles(base);
      checkFileNames(base, rules.reads);
      const drafts = new Set<string>();
      return loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => {
            // A draft is never stored, and one stored before it became a draft is removed.
            if (drafts.has(entry.id)) {
              context.store.delete(entry.id);
              return false;
            }
            return context.store.set(entry);
          },
        },
        parseData: async (props) => {
          const data = props.data as Record<string, unknown>;
          if (rules.drafts && data['draft'] === true) {
            drafts.add(props.id);
            return props.data;
          }
          drafts.delete(props.id);
          if (rules.requireBody && props.filePath && !bodyOf(props.filePath).trim()) {
            throw new Error(`${shown(props.filePath)}: ${rules.requireBody}`);
          }
          if (props.filePath) {
            const [field] = missingImages(props.data, props.filePath);
            if (field) {
              const value = field
                .split('.')
                .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], props.data);
              throw new Error(
                `${shown(props.filePath)}: ${field}: Expected an image file at "${String(value)}", beside the entry, but there is no such file.`,
              );
            }
          }
          return context.parseData(props);
        },
      });
    },
  };
}
