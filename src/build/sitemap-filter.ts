import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hasNoindex } from '../core/example-content.ts';

let outDir: URL | undefined;

/**
 * Remembers the build's output folder, so that {@link indexablePage} can read each built page
 * when `@astrojs/sitemap` asks about it at the end of the build.
 */
export function sitemapFilterIntegration(): AstroIntegration {
  return {
    name: 'sitemap-leaves-out-noindex',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
}

/**
 * The sitemap's `filter`: false for a page that says `noindex` (example entries, closed jobs),
 * so the sitemap never lists what search engines are told to leave out.
 */
export function indexablePage(page: string): boolean {
  if (!outDir) throw new Error('sitemapFilterIntegration() must be listed before sitemap().');
  const path = new URL(page).pathname;
  const file = fileURLToPath(new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, outDir));
  if (!existsSync(file)) return true;
  return !hasNoindex(readFileSync(file, 'utf8'));
}
