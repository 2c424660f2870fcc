import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDocument } from 'yaml';
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

/**
 * Wraps a loader (the glob loader) so that a YAML syntax error and an image file that is not
 * there are reported with the entry's file, and for the image the field, like schema errors.
 */
export function withFileErrors(loader: Loader, base: string): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      forgetEntryIds();
      checkYamlFiles(base);
      return loader.load({
        ...context,
        parseData: async (props) => {
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
