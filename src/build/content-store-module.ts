import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module in which Astro puts the whole content store for the pages to read. */
const contentStoreModule = '\0astro:data-layer-content';

/** How Astro's module begins when the store is one file: its JSON as one string literal. */
const opening = 'export default JSON.parse("';

/** Where `astro build` keeps the content store, in its cache folder. */
export function contentStoreFile(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

/**
 * The content store's module for the pages of a static build: it reads the store's JSON from
 * `file` as it runs, instead of holding it as a string literal. The value is the same, since
 * Astro's module is `export default JSON.parse("…")` with that file's text as the literal; any
 * other module (no store yet, a store in chunks) is left as it is (`undefined`). At 10,000
 * entries the literal is 55 MB of source that the bundler parses and writes out and V8
 * compiles, in every build; the file is read and parsed in half a second. The pages of a static
 * build run once, on the machine that built them, so the module may name that file.
 */
export function readStoreFromFile(code: string, file: string): string | undefined {
  if (!code.startsWith(opening) || !existsSync(file)) return undefined;
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/** The Vite plugin that applies `readStoreFromFile` to Astro's content-store module. */
function contentStoreFromFile(file: string): Plugin {
  return {
    name: 'content-store-from-file',
    enforce: 'post',
    transform(code, id) {
      if (id !== contentStoreModule) return undefined;
      const module = readStoreFromFile(code, file);
      return module === undefined ? undefined : { code: module, map: { mappings: '' } };
    },
  };
}

/** Adds `contentStoreFromFile` to `astro build`, with the store of the build's cache folder. */
export function contentStoreIntegration(): AstroIntegration {
  return {
    name: 'content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = contentStoreFile(config.cacheDir);
        updateConfig({ vite: { plugins: [contentStoreFromFile(file)] } });
      },
    },
  };
}
