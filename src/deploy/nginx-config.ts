import { nginxServerConfig } from '../lib/security-headers.ts';
import { site } from '../site.config.ts';

/** The nginx configuration shipped in `src/deploy/nginx.conf`, for the site's own host. */
export function shippedNginxConfig(): string {
  const host = new URL(site.siteUrl).hostname;
  return nginxServerConfig({ serverName: host, listen: '80', root: `/var/www/${host}/dist` });
}
