import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Site configuration the build uses: `SITE_CONFIG=<file.ts>` (a module exporting `site`, like
 * `src/site.config.ts`) lets the tests build a made-up municipality from the same source.
 */
export const siteConfigPath = resolve(process.env['SITE_CONFIG'] ?? 'src/site.config.ts');

const defaultConfig = resolve('src/site.config.ts');

/**
 * Folder the build writes to: `OUT_DIR=<folder>` keeps a test build from overwriting `dist/`.
 * Such a build also gets a cache folder of its own, so it never reuses the content store of a
 * build from other content.
 */
export const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');

/** Astro's cache folder for the build writing to `outDir`. */
export const cacheDir = process.env['OUT_DIR']
  ? `${outDir.replace(/\/$/, '')}-cache`
  : resolve('node_modules/.astro');

/** Points every import of `src/site.config.ts` in the site's code at `siteConfigPath`. */
export function siteConfigAlias(): Plugin {
  return {
    name: 'site-config-alias',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/(^|\/)site\.config(\.ts)?$/.test(source)) return null;
      const target = resolve(importer.replace(/\/[^/]*$/, ''), source).replace(/(\.ts)?$/, '.ts');
      return target === defaultConfig ? siteConfigPath : null;
    },
  };
}
