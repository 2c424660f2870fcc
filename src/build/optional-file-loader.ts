import { existsSync, readFileSync } from 'node:fs';
import { file, type Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';

/**
 * Astro's `file()` loader for one YAML file a site may leave out: without the file the
 * collection is empty (a site whose plan states no numbers), and a YAML error names the file,
 * where Astro's own message gives only a line and a column.
 */
export function optionalFile(path: string): Loader {
  const inner = file(path);
  return {
    name: 'optional-file-loader',
    load: async (context) => {
      if (!existsSync(path)) {
        context.store.clear();
        return;
      }
      const [error] = parseDocument(readFileSync(path, 'utf8')).errors;
      if (error) throw new Error(`${path}: the YAML is not valid: ${error.message}`);
      return inner.load(context);
    },
  };
}
