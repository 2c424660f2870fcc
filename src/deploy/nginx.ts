/**
 * The nginx `server` block that serves the built site with the security headers of
 * `src/deploy/security-headers.ts`. `npm run deploy:config` writes it to `src/deploy/nginx.conf`.
 */
import { adminSecurityHeaders, immutableCache, securityHeaders } from './security-headers.ts';
import { site } from '../site.config.ts';

/** Where and under which name the nginx server answers. */
export interface NginxOptions {
  /** Host name the server answers to. */
  serverName: string;
  /** What `listen` says, e.g. `80` or `127.0.0.1:4405`. */
  listen: string;
  /** The built site (`dist/`) on the server. */
  root: string;
}

/**
 * An nginx `server` block that serves the built site with the security headers. Headers are
 * repeated in each `location` that sets its own, because nginx drops the server's `add_header`
 * lines in any location that has one of its own.
 */
export function nginxServerConfig({ serverName, listen, root }: NginxOptions): string {
  const headerLines = (headers: [string, string][], indent: string) =>
    headers
      .map(
        ([name, value]) => `${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`,
      )
      .join('\n');
  return `# Written from src/deploy/nginx.ts by \`npm run deploy:config\`; edit that file,
# not this one. Include it inside the http {} block (on Debian: copy it to
# /etc/nginx/sites-enabled/) and set server_name and root for your server.
server {
    listen ${listen};
    server_name ${serverName};
    root ${root};
    index index.html;

    server_tokens off;
    # Privacy: no access log, so no visitor's IP address is written to disk with the page they
    # read. Missing files are not logged either; only serious server faults reach the error log
    # (such a line may name the client address; Debian's logrotate deletes it after 14 days).
    access_log off;
    log_not_found off;
    error_log /var/log/nginx/error.log crit;
    # Redirects such as /jobb -> /jobb/ keep the scheme and host the visitor used.
    absolute_redirect off;
    charset utf-8;
    charset_types text/css text/xml text/plain text/calendar application/javascript application/rss+xml application/json;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_types text/css text/xml text/plain text/calendar application/javascript application/json application/rss+xml application/xslt+xml image/svg+xml;

${headerLines(securityHeaders(), '    ')}

    error_page 404 /404.html;

    location / {
        try_files $uri $uri/ =404;
    }

    location /_astro/ {
${headerLines([...securityHeaders(), immutableCache], '        ')}
    }

    # The browser editor (Decap CMS) needs a policy of its own; see src/features/editor/admin-csp.ts.
    location /admin/ {
        types {
            text/html html;
            text/javascript js;
            application/wasm wasm;
            text/yaml yml;
        }
        try_files $uri $uri/ =404;
${headerLines(adminSecurityHeaders(), '        ')}
    }

    # Feeds link an XSL stylesheet; browsers apply it only when it is served as XSLT.
    location ~ \\.xsl$ {
        types { }
        default_type application/xslt+xml;
    }

    # Deadlines for calendar apps, which expect text/calendar (nginx's mime.types has no .ics).
    location ~ \\.ics$ {
        types { }
        default_type text/calendar;
    }
}
`;
}

/** The nginx configuration shipped in `src/deploy/nginx.conf`, for the site's own host. */
export function shippedNginxConfig(): string {
  const host = new URL(site.siteUrl).hostname;
  return nginxServerConfig({ serverName: host, listen: '80', root: `/var/www/${host}/dist` });
}
