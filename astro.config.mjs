// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cmsBundle } from './src/cms/integration.ts';
import { securityHeadersFile } from './src/deploy/integration.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.siteUrl,
  trailingSlash: 'always',
  // Every stylesheet and script is a file of its own, never inlined into the page, so the
  // Content-Security-Policy (src/lib/security-headers.ts) needs no hashes and no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The browser editor's local backend (`npx decap-server`), on the same origin in `astro dev`.
    server: { proxy: { '/api/v1': 'http://localhost:8081' } },
  },
  integrations: [
    mdx(),
    // The browser editor is no page for visitors or search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
    securityHeadersFile(),
    cmsBundle(),
  ],
  i18n: {
    locales: ['nb', 'en'],
    defaultLocale: 'nb',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
