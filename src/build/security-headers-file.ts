import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../deploy/security-headers';

/**
 * Writes `_headers` into the built site, so that hosts which read one (Netlify, Cloudflare
 * Pages) send the same security headers as the nginx configuration. Astro does not route files
 * whose names start with `_`, so it cannot come from `src/pages/` or be copied from `public/`.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'security-headers-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('Wrote _headers');
      },
    },
  };
}
