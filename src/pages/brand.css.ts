import type { APIRoute } from 'astro';
import { site } from '../site.config';

/**
 * The municipality's colours from the site configuration, as CSS custom properties. Served as
 * a file (not inline) so the Content-Security-Policy needs no exception for styles.
 */
export const GET: APIRoute = () =>
  new Response(
    [
      `:root, [data-color-scheme='light'] { --site-brand: ${site.colours.brand}; }`,
      `@media (prefers-color-scheme: dark) { [data-color-scheme='auto'] { --site-brand: ${site.colours.brandDark}; } }`,
      `[data-color-scheme='dark'] { --site-brand: ${site.colours.brandDark}; }`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
