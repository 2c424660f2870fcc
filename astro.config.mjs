// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pathToFileURL } from 'node:url';
import { cmsBundle } from './src/build/cms-bundle.ts';
import { quietMdxDirectives } from './src/build/build-log.ts';
import { contentStoreIntegration } from './src/build/content-store-module.ts';
import { securityHeadersFile } from './src/build/security-headers-file.ts';
import { leanCssIntegration } from './src/build/lean-css.ts';
import { indexablePage, sitemapFilterIntegration } from './src/build/sitemap-filter.ts';
import { cacheDir, outDir, siteConfigAlias, siteConfigPath } from './src/build/site-variant.ts';

/** @type {{ site: import('./src/site.config.ts').SiteConfig }} */
const { site } = await import(/* @vite-ignore */ pathToFileURL(siteConfigPath).href);

export default defineConfig({
  site: site.siteUrl,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // Every stylesheet and script is a file of its own, never inlined into the page, so the
  // Content-Security-Policy (src/deploy/security-headers.ts) needs no hashes and no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: quietMdxDirectives } },
    plugins: [siteConfigAlias()],
    // The browser editor's local backend (`npx decap-server`), on the same origin in `astro dev`.
    // The editor asks for /api/v1/ with the slash (cms-config.ts): Astro answers paths without
    // one with 404 before this proxy sees them.
    server: { proxy: { '/api/v1/': 'http://localhost:8081' } },
  },
  integrations: [
    mdx(),
    // The pages read the content store from its file instead of a 55 MB module at 10,000 entries.
    contentStoreIntegration(),
    // Pages marked noindex (example entries, closed jobs, the browser editor) are left out of the
    // sitemap.
    sitemapFilterIntegration(),
    sitemap({ filter: indexablePage }),
    securityHeadersFile(),
    // The shared stylesheet without the Designsystemet rules and tokens no page uses.
    leanCssIntegration({
      srcDir: 'src',
      contentDir: process.env['CONTENT_DIR'] ?? 'content',
      siteConfig: siteConfigPath,
    }),
    cmsBundle(),
  ],
  i18n: {
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Pages returned with a `cacheKey` (src/features/*/*-paths.ts) are copied from the previous
  // build while their content and code are unchanged; see "Republishing quickly" in the README.
  experimental: { incrementalBuild: true },
});
